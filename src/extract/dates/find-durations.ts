// Stretches of time: "six-hour", "almost four years", "10 years in prison", "a decade".
// Ages ("a 15-year-old", "15 years old") are not durations and are left out.
import { NUMBER_DIGITS, NUMBER_WORD } from '../figures/number-words'
import type { DateCandidate } from './meaning'
import type { SentenceText } from './sentence-text'
import { TIME_UNIT } from './vocabulary'
import { allMatches, gated } from '../all-matches'

const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORD})`
const QUALIFIER = '(?<q>almost|nearly|about|around|roughly|approximately|some|over|more[\\s-]than|less[\\s-]than|fewer[\\s-]than|at\\sleast|up\\sto|just\\sover|just\\sunder)'

// "two or three weeks", "two and a half years"
const DURATION_RE = gated(new RegExp(`\\b(?:${QUALIFIER}[\\s-])?(?<n>${NUMBER}|half(?=-))(?:\\s(?:or|to)\\s${NUMBER}|\\sand\\sa\\shalf)?[\\s-](?<unit>${TIME_UNIT})\\b(?!-olds?\\b|\\solds?\\b|\\sof\\sage)`, 'gi'), new RegExp(`[\\s-]${TIME_UNIT}\\b`, 'i'))
// "a decade", "half a century"; "an hour and a half"; "a day" or "a year" only after a word that makes it a stretch of
// time ("within roughly a day", "for a year", "in a week") — "$5bn a year" and "once a day" are rates
const A_UNIT = '(?:hour|day|week|fortnight|month|year|decade|century)'
const A_DURATION_RE = gated(new RegExp(`(?:\\b(?<cue>for|within|in|over|after|than|past|whole|entire|full|under)\\s)?(?<q>(?:almost|nearly|about|around|roughly|just|only|some|barely|at\\sleast)\\s)?` +
  `\\b(?<dur>half\\san?\\s${A_UNIT}|an?\\s${A_UNIT}(?<half>\\sand\\sa\\shalf)?|(?:half\\s)?an?\\s(?:decade|fortnight|century))\\b` +
  `(?!\\s(?:ago|later|earlier|from\\snow)\\b)(?<rel>\\s(?:before|after)\\b)?`, 'gi'), new RegExp(`an?\\s${A_UNIT}`, 'i'))
const LONG_UNIT = /^(?:half\s)?an?\s(?:decade|fortnight|century)$|^half\s/i
// "One day, he said…" is "some day"; "for one day" is a duration
const ONE_DAY_CUE = /\b(?:for|than|only|just|within|of|in)\s$/i

export function findDurations(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(DURATION_RE, s.text)) {
    const g = m.groups!
    if (!g.q && /^one\sday$/i.test(`${g.n} ${g.unit}`) && !ONE_DAY_CUE.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'duration', meaning: { type: 'none' } })
  }
  for (const m of allMatches(A_DURATION_RE, s.text)) {
    const g = m.groups!
    // "about an hour and a half after the verdict", "within roughly a day before the event": the stretch, without before/after
    if (!g.cue && !g.q && !g.half && !LONG_UNIT.test(g.dur)) continue
    // "after a day of diplomacy" names an event more than a stretch of time
    if (!LONG_UNIT.test(g.dur) && !g.rel && /^\sof\b/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue
    // the preposition stays out of the span, a qualifier is part of it ("about an hour and a half")
    const start = m.index + (g.cue ? g.cue.length + 1 : 0)
    const end = m.index + m[0].length - (g.rel ? g.rel.length : 0)
    found.push({ start: s.start + start, end: s.start + end, kind: 'duration', meaning: { type: 'none' } })
  }
  return found
}
