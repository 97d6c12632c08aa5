// What is marked in an article's text, as marks for nest-marks.ts: furniture (muted), each quote in its
// speaker's colour, the words that name its speaker, its cue verb, and every date and figure with the value
// it resolves to. The attributes are the report's markup contract (README, "The HTML report"):
//   <span class="q q-direct c1" data-quote-id="q3" data-speaker-id="s1" data-type="direct" tabindex="0" …>
//   <span class="mention c1" data-speaker-id="s1" data-quotes="q3">Mr Trump</span> <span class="cue" data-quotes="q3">wrote</span>
import type { Analysis, DateMention, Figure, Quote, Speaker, Span } from '../../model'
import { describeFigureValue } from '../describe'
import { describePeriod } from './day-format'
import { attribute } from './escape'
import type { Mark } from './nest-marks'
import type { Range } from '../../input/furniture'
import type { ArticleView } from './article-view'

const RANK = { furniture: 0, metadata: 1, quote: 2, mention: 3, cue: 4, date: 5, figure: 6 }

const span = (rank: number, at: { start: number; end: number }, open: (first: boolean) => string): Mark =>
  ({ start: at.start, end: at.end, rank, open, close: '</span>' })

export function furnitureMarks(furniture: Range[], metadata: Span | null): Mark[] {
  const marks = furniture.map((range) => span(RANK.furniture, range, () => '<span class="furniture">'))
  if (metadata) marks.push(span(RANK.metadata, metadata, () => '<span class="furniture metadata">')) // "date 2025-08-19", a dateline
  return marks
}

export function quoteMarks(analysis: Analysis, context: ArticleView): Mark[] {
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]))
  const marks: Mark[] = []
  for (const quote of analysis.quotes) {
    const speaker = quote.speakerId === null ? undefined : speakers.get(quote.speakerId)
    const colour = `c${quote.speakerId === null ? 0 : (context.slots.get(quote.speakerId) ?? 0)}`
    marks.push(span(RANK.quote, quote, (first) => {
      const common = `class="q q-${quote.type} ${colour}"${attribute('data-speaker-id', quote.speakerId ?? '')}${attribute('data-type', quote.type)}`
      if (!first) return `<span ${common}${attribute('data-quote-continues', quote.id)}>`
      return `<span ${common}${attribute('data-quote-id', quote.id)}${attribute('id', context.idPrefix + quote.id)} tabindex="0"${quoteDetails(quote, speaker, context.explain)}>`
    }))
  }
  // one mark per place: "he" may name the speaker of two halves of a split quote
  const byPlace = new Map<string, { at: Span; kind: 'mention' | 'cue'; quotes: Quote[] }>()
  for (const quote of analysis.quotes) {
    for (const kind of ['mention', 'cue'] as const) {
      const at = quote[kind]
      if (!at) continue
      const key = `${kind}:${at.start}:${at.end}`
      const entry = byPlace.get(key) ?? { at, kind, quotes: [] }
      entry.quotes.push(quote)
      byPlace.set(key, entry)
    }
  }
  for (const { at, kind, quotes } of byPlace.values()) {
    const ids = quotes.map((q) => q.id).join(' ')
    if (kind === 'cue') {
      marks.push(span(RANK.cue, at, () => `<span class="cue"${attribute('data-quotes', ids)}>`))
      continue
    }
    const speakerId = quotes[0].speakerId
    const colour = `c${speakerId === null ? 0 : (context.slots.get(speakerId) ?? 0)}`
    marks.push(span(RANK.mention, at, () => `<span class="mention ${colour}"${attribute('data-speaker-id', speakerId ?? '')}${attribute('data-quotes', ids)}>`))
  }
  return marks
}

/** The details a quote shows on hover or focus: as data attributes for the script, and as a title without it. */
function quoteDetails(quote: Quote, speaker: Speaker | undefined, explain: boolean): string {
  const who = speaker ? speaker.name : 'No speaker found'
  const lines = [speaker?.title ? `${who}, ${speaker.title}` : who, `${quote.type} quote`]
  if (quote.cue) lines.push(`cue: ${quote.cue.text}`)
  if (quote.mention) lines.push(`named as: ${quote.mention.text}`)
  let attributes = attribute('data-speaker', speaker?.name) + attribute('data-speaker-title', speaker?.title) +
    attribute('data-speaker-kind', speaker?.kind) + attribute('data-cue', quote.cue?.text) + attribute('data-mention', quote.mention?.text)
  if (explain && quote.explain) {
    lines.push(`found by: ${quote.explain.found}`, `speaker by: ${quote.explain.speaker ?? '–'}`)
    attributes += attribute('data-rule-found', quote.explain.found) + attribute('data-rule-speaker', quote.explain.speaker ?? '–')
  }
  return attributes + attribute('title', lines.join('\n'))
}

export function dateMarks(analysis: Analysis, context: ArticleView): Mark[] {
  return analysis.dates.map((date, index) => span(RANK.date, date, (first) => {
    const resolved = date.resolved
    const iso = resolved ? (resolved.start === resolved.end ? resolved.start : `${resolved.start}/${resolved.end}`) : null
    const period = resolved ? describePeriod(resolved) : null
    const label = resolved && showsDateValue(date) ? period : null
    const title = `${date.kind}: ${period ?? 'not resolved'}`
    return `<span class="date"${first ? attribute('id', `${context.idPrefix}d${index + 1}`) : ''}${attribute('data-kind', date.kind)}` +
      `${attribute('data-resolved', iso)}${first ? attribute('data-label', label) : ''}${attribute('title', title)}>`
  }))
}

/** "Monday", "last week", "within 10 days", "19 August", "since 2019" need their days shown; "19 August 2025" and "2025" do not. */
function showsDateValue(date: DateMention): boolean {
  const { start, end } = date.resolved!
  return !(date.text.includes(start.slice(0, 4)) && date.text.includes(end.slice(0, 4)))
}

export function figureMarks(analysis: Analysis): Mark[] {
  return analysis.figures.map((figure) => span(RANK.figure, figure, (first) => {
    const value = describeFigureValue(figure)
    const label = showsFigureValue(figure) ? value : null
    return `<span class="fig"${attribute('data-kind', figure.kind)}${attribute('data-value', figure.value)}${attribute('data-unit', figure.unit)}` +
      `${first ? attribute('data-label', label) : ''}${attribute('title', `${figure.kind}: ${value}${figure.context ? ` (${figure.context})` : ''}`)}>`
  }))
}

/**
 * "$90 billion" (90,000,000,000 USD) and "1.2 million" need their value shown; "10 days" and "3.5%" say theirs
 * already, and "two" or "four years" are plain enough in words.
 */
function showsFigureValue(figure: Figure): boolean {
  if (figure.value === null) return false
  if (figure.kind !== 'money' && Math.abs(figure.value) < 1000) return false
  return !figure.text.replace(/[,\s]/g, '').includes(String(figure.value))
}
