// analyze(text) → Analysis: parse once, run the extractors, resolve speakers, link dates and figures to quotes.
//
// A very long input (a transcript, a scraper's concatenation of many articles) is analysed section by section
// (sections.ts), so that memory stays bounded whatever its size; an article of ordinary length is one section.
import { SCHEMA_VERSION, type Analysis, type AnalyzeOptions, type Quote } from './model'
import { parseArticle, tagSpans, type ParsedArticle } from './nlp/parse'
import { readMetadata, type ArticleMetadata } from './input/metadata'
import { findFurniture, overlapsAny, type Range } from './input/furniture'
import { findQuoteCandidates } from './extract/quotes'
import { attribute } from './extract/speakers'
import { extractDates } from './extract/dates'
import { extractFigures } from './extract/figures'
import { joinSections, SECTION_CHARS, sectionsOf, type Findings } from './sections'
import { addNameGender } from './extract/speakers/gender'

/** The sentence around an offset, spaces folded: the line a timeline shows for a date. */
function sentenceAt(article: ParsedArticle, offset: number): string {
  const { sentences, text } = article
  let lo = 0, hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid].start <= offset) lo = mid
    else hi = mid - 1
  }
  const s = sentences[lo]
  return s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : ''
}

/** The quote a span sits in ("$90 billion" inside Mr Zelenskiy's quote), or null. */
function quoteIdAt(quotes: Quote[], start: number, end: number): string | null {
  // quotes are in text order and do not overlap: the one starting last at or before `start` is the only candidate
  let lo = 0, hi = quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (quotes[mid].start <= start) lo = mid + 1
    else hi = mid
  }
  const q = quotes[lo - 1]
  return q && end <= q.end ? q.id : null
}

/** Everything found in one section of text, its offsets counted from the section's start. */
function analyzeSection(text: string, metadata: ArticleMetadata, published: string | null, explain: boolean): Findings {
  const article = parseArticle(text)
  const furniture: Range[] = findFurniture(text, article.paragraphs)
  if (metadata.marker) furniture.push(metadata.marker)
  const isContent = (x: { start: number; end: number }) => !overlapsAny(furniture, x.start, x.end)
  // the headline is not the body: "Dock strike hits Acme Corp profit" gives no figures or dates of its own
  const titleAt = metadata.title === null ? -1 : text.indexOf(metadata.title)
  const headline = titleAt < 0 ? [] : [{ start: titleAt, end: titleAt + metadata.title!.length }]
  const isBody = (x: { start: number; end: number }) => isContent(x) && !overlapsAny(headline, x.start, x.end)

  // dates first: their words are tagged "Date" for the quote rules ("said on Friday that …")
  const found = extractDates(article, published)
  tagSpans(article, found, 'Date')
  const { ctx, candidates } = findQuoteCandidates(article)
  const { quotes, speakers } = attribute(ctx, candidates.filter(isContent), explain,
    (offset) => overlapsAny(furniture, offset, offset + 1))
  const dates = found.filter(isBody)
    .map((d) => ({ ...d, quoteId: quoteIdAt(quotes, d.start, d.end), sentence: sentenceAt(article, d.start) }))
  const figures = extractFigures(article).filter(isBody)
    .map((f) => ({ ...f, quoteId: quoteIdAt(quotes, f.start, f.end) }))
  return { words: article.tokens.length, speakers, quotes, dates, figures }
}

/** `sectionChars`: how long a section is at least (sections.ts); tests make it short to cut a small text. */
export function analyze(text: string, options: AnalyzeOptions = {}, sectionChars = SECTION_CHARS): Analysis {
  const metadata = readMetadata(text)
  const published = options.published ?? metadata.published
  const explain = options.explain === true
  const sections = sectionsOf(text, sectionChars)
  // only the first section has the metadata line and the headline
  const later: ArticleMetadata = { title: null, published, marker: null }
  const found = sections.length === 1
    ? analyzeSection(text, metadata, published, explain)
    : joinSections(sections.map((s, i) => ({ offset: s.start, findings: analyzeSection(text.slice(s.start, s.end), i === 0 ? metadata : later, published, explain) })))
  // the article's words first (in attribute()); a first name only for people it says nothing about
  if (options.nameGender !== false) addNameGender(found.speakers)

  return {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '-',
    title: metadata.title,
    published,
    stats: { characters: text.length, words: found.words },
    speakers: found.speakers,
    quotes: found.quotes,
    dates: found.dates,
    figures: found.figures,
  }
}
