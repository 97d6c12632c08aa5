// analyze(text) → Analysis: parse once, run the extractors, resolve speakers, link dates and figures to quotes.
import { SCHEMA_VERSION, type Analysis, type AnalyzeOptions } from './model'
import { parseArticle } from './nlp/parse'
import { extractDates } from './extract/dates'
import { extractFigures } from './extract/figures'

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const article = parseArticle(text)
  const published = options.published ?? null
  const words = article.tokens.length
  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '-',
    title: null,
    published,
    stats: { characters: text.length, words },
    speakers: [],
    quotes: [],
    dates: extractDates(article, published),
    figures: extractFigures(article),
  }
}
