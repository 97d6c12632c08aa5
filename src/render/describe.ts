// The words shown for each finding, shared by the table and markdown renderers.
import type { Analysis, DateMention, DayRange, Figure, Quote } from '../model'

/** Shown where there is nothing to show ("–" for an unresolved date). */
export const NOTHING = '–'

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 })

/** "Published 2025-08-19 · 1,402 words · 31 quotes · 12 speakers · 15 dates · 5 figures" */
export function summaryLine(analysis: Analysis): string {
  return summaryPhrases(analysis).join(SUMMARY_SEPARATOR)
}

export const SUMMARY_SEPARATOR = ' · '

/** Who wrote a web page's article and where: "By Ana Lee · The Valley Courier", or null for a plain text. */
export function pageLine(analysis: Analysis): string | null {
  const phrases = [analysis.byline ? `By ${analysis.byline}` : null, analysis.siteName ?? null].filter((phrase): phrase is string => phrase !== null)
  return phrases.length > 0 ? phrases.join(SUMMARY_SEPARATOR) : null
}

export function summaryPhrases(analysis: Analysis): string[] {
  const published = analysis.published ? `Published ${analysis.published}` : 'Publication date unknown'
  return [
    published,
    count(analysis.stats.words, 'word'),
    count(analysis.quotes.length, 'quote'),
    count(analysis.speakers.length, 'speaker'),
    count(analysis.dates.length, 'date'),
    count(analysis.figures.length, 'figure'),
  ]
}

export function count(n: number, noun: string): string {
  return `${numberFormat.format(n)} ${noun}${n === 1 ? '' : 's'}`
}

/** The source as shown to people: "-" is standard input. */
export function sourceLabel(source: string): string {
  return source === '-' ? 'standard input' : source
}

/** "2025-08-18", "2025-08-18 – 2025-08-24", or "–". */
export function describeResolved(resolved: DayRange | null): string {
  if (!resolved) return NOTHING
  return resolved.start === resolved.end ? resolved.start : `${resolved.start} – ${resolved.end}`
}

/** "90,000,000,000 USD", "3–5%", "10 day", or "–" when the value could not be computed. */
export function describeFigureValue(figure: Figure): string {
  if (figure.value === null) return NOTHING
  let amount = numberFormat.format(figure.value)
  if (figure.valueMax !== undefined) amount += `–${numberFormat.format(figure.valueMax)}`
  if (figure.unit === null) return amount
  return figure.unit === '%' ? `${amount}%` : `${amount} ${figure.unit}`
}

/**
 * Who said the words a date or figure sits in: the quote's speaker, "unknown" for a quote nobody
 * could be linked to, or null when it is not in a quote at all (the reporter's own words).
 */
export function saidBy(analysis: Analysis, finding: DateMention | Figure): string | null {
  if (finding.quoteId === null) return null
  const quote = analysis.quotes.find((q: Quote) => q.id === finding.quoteId)
  return quote?.speaker ?? 'unknown'
}

/** The rule names behind a quote, for --explain: ["quote-marks", "pronoun"]. */
export function explainRules(quote: Quote): [string, string] {
  return [quote.explain?.found ?? NOTHING, quote.explain?.speaker ?? NOTHING]
}
