// The analysis of an input, with what the reading learnt about it: the format it came in, the encoding, and
// for a web page what the page states (headline, byline, site, canonical address, language) and the body text
// the spans index into: `analysis.text.slice(quote.start, quote.end) === quote.text`.
//
// A page's own headline wins over the analyzer's guess from the first line; its date was already given to
// the analysis (unless --date), so `published` comes from there.
import type { Analysis } from '../model'
import type { ReadResult } from './read-article'

type ReadArticle = Extract<ReadResult, { ok: true }>

export function withInputFields(analysis: Analysis, read: ReadArticle): Analysis {
  const { schemaVersion, source, title, published, stats, speakers, quotes, dates, figures, ...rest } = analysis
  const encoding = read.encoding ? { encoding: read.encoding } : {}
  if (!read.page) return { schemaVersion, source, title, published, inputFormat: 'text', ...encoding, ...rest, stats, speakers, quotes, dates, figures }
  const page = read.page
  return {
    schemaVersion,
    source,
    title: page.title ?? title,
    published,
    byline: page.byline,
    siteName: page.siteName,
    url: page.url,
    lang: page.lang,
    inputFormat: 'html',
    ...encoding,
    ...rest,
    stats,
    speakers,
    quotes,
    dates,
    figures,
    text: read.text,
  }
}
