// Stretches of time: "six-hour", "almost four years", "10 years in prison", "a decade".
// Ages ("a 15-year-old", "15 years old") are not durations and are left out.
import { NUMBER_DIGITS, NUMBER_WORD } from '../figures/number-words'
import type { DateCandidate } from './meaning'
import type { SentenceText } from './sentence-text'
import { TIME_UNIT } from './vocabulary'

const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORD})`
const QUALIFIER = '(?<q>almost|nearly|about|around|roughly|approximately|some|over|more[\\s-]than|less[\\s-]than|fewer[\\s-]than|at\\sleast|up\\sto|just\\sover|just\\sunder)'

const DURATION_RE = new RegExp(`\\b(?:${QUALIFIER}[\\s-])?(?<n>${NUMBER})[\\s-](?<unit>${TIME_UNIT})\\b(?!-olds?\\b|\\solds?\\b|\\sof\\sage)`, 'gi')
const A_DURATION_RE = /\b(?:half\s)?an?\s(?:decade|fortnight|century)\b/gi
// "One day, he said…" is "some day"; "for one day" is a duration
const ONE_DAY_CUE = /\b(?:for|than|only|just|within|of|in)\s$/i

export function findDurations(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of s.text.matchAll(DURATION_RE)) {
    const g = m.groups!
    if (!g.q && /^one\sday$/i.test(`${g.n} ${g.unit}`) && !ONE_DAY_CUE.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'duration', meaning: { type: 'none' } })
  }
  for (const m of s.text.matchAll(A_DURATION_RE)) {
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'duration', meaning: { type: 'none' } })
  }
  return found
}
