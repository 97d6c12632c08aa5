// analyze(text) → Analysis: parse once, run the extractors, resolve speakers, link dates and figures to quotes.
//
// A very long input (a transcript, a scraper's concatenation of many articles) is analysed section by section
// (sections.ts), so that memory stays bounded whatever its size; an article of ordinary length is one section.
import type { Analysis, AnalyzeOptions, Quote } from './model'
import { parseArticle, tagSpans, type ParsedArticle } from './nlp/parse'
import { findFurniture, overlapsAny, type Range } from './input/furniture'
import { findQuoteCandidates } from './extract/quotes'
import { attribute } from './extract/speakers'
import { extractDates } from './extract/dates'
import { extractFigures } from './extract/figures'
import { SECTION_CHARS, type Findings } from './sections'
import { assembleAnalysis, planArticle, type SectionJob } from './article-plan'

/**
 * The longest sentence a date carries. A text without full stops ("2025-08-19 $90 billion 2025-08-20 …" for
 * pages) is one sentence of thousands of characters, and each of its hundreds of dates would carry all of it;
 * past this length a date carries the words around it. News sentences are shorter (the longest among the
 * Wikinews corpus's 2,574 dates: 695 characters), so they come whole.
 */
export const SENTENCE_CHARS = 1_000

/** The sentence around a span, spaces folded: the line a timeline shows for a date. */
function sentenceAt(article: ParsedArticle, start: number, end: number): string {
  const { sentences, text } = article
  let lo = 0, hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid].start <= start) lo = mid
    else hi = mid - 1
  }
  const s = sentences[lo]
  if (!s) return ''
  if (s.end - s.start <= SENTENCE_CHARS) return text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()
  // the words around the span, cut at spaces, "…" where the sentence goes on
  start = Math.min(Math.max(start, s.start), s.end)
  end = Math.min(Math.max(end, start), s.end)
  const room = Math.max(0, SENTENCE_CHARS - (end - start)) >> 1
  let from = Math.max(s.start, start - room)
  let to = Math.min(s.end, end + room)
  // start after the first space of the window and end at its last one: no word is cut in half
  if (from > s.start) while (from < start && !/\s/.test(text[from - 1])) from++
  if (to < s.end) while (to > end && !/\s/.test(text[to])) to--
  const words = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return `${from > s.start ? '…' : ''}${words}${to < s.end ? '…' : ''}`
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
export function analyzeSection({ text, metadata, published, explain, nameGender }: SectionJob): Findings {
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
  const { quotes, speakers, givenNames, notNamedAsPeople } = attribute(ctx, candidates.filter(isContent), explain,
    (offset) => overlapsAny(furniture, offset, offset + 1), nameGender)
  const dates = found.filter(isBody)
    .map((d) => ({ ...d, quoteId: quoteIdAt(quotes, d.start, d.end), sentence: sentenceAt(article, d.start, d.end) }))
  const figures = extractFigures(article).filter(isBody)
    .map((f) => ({ ...f, quoteId: quoteIdAt(quotes, f.start, f.end) }))
  return { words: article.tokens.length, speakers, givenNames, notNamedAsPeople, quotes, dates, figures }
}

/** `sectionChars`: how long a section is at least (sections.ts); tests make it short to cut a small text. */
export function analyze(text: string, options: AnalyzeOptions = {}, sectionChars = SECTION_CHARS): Analysis {
  const plan = planArticle(text, options, sectionChars)
  return assembleAnalysis(plan, plan.jobs.map(analyzeSection))
}
