// Dates told from a day the article has just named, the way a reader follows a story: "Ms Lee declared a flood
// emergency on Friday. … She declared a flood emergency the same day", "The previous day, the Gazette revealed …",
// "Repair work resumed on Wednesday … two days later", "in 2015 … the following year". The anchor is resolved in
// dates.ts from the dates before the expression; without one the expression stays unresolved.
import { NUMBER_DIGITS, NUMBER_WORD, numberValue } from '../figures/number-words'
import type { DateCandidate, Meaning } from './meaning'
import type { SentenceText } from './sentence-text'
import { allMatches, gated } from '../all-matches'

const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORD})`

const ANAPHOR_RE = gated(new RegExp(
  '\\b(?:(?<edge>later|earlier)\\s)?(?:(?<det>the\\s(?:same|previous|preceding|next|following)|that)\\s(?<unit>day|morning|afternoon|evening|night|week|month|year)\\b' +
  // "the day before," but not "the day before the fire", which counts from the fire
  '|the\\sday\\s(?<ba>before|after)(?=\\s*[,.;:!?)—–]|\\s(?:that|when|and|but)\\b)' +
  `|(?<n>${NUMBER}|an?|one|a\\sfew|several)\\s(?<lunit>days?|weeks?|months?|years?)\\s(?<dir>later|earlier)\\b)`, 'gi'), /(?:same|previous|preceding|next|following|that)\s(?:day|morning|afternoon|evening|night|week|month|year)|the\sday\s(?:before|after)|(?:day|week|month|year)s?\s(?:later|earlier)/i)

const SHIFT: Record<string, number> = { that: 0, 'the same': 0, 'the previous': -1, 'the preceding': -1, 'the next': 1, 'the following': 1 }

export function findAnaphora(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(ANAPHOR_RE, s.text)) {
    const g = m.groups!
    // "than for the same month in 2004": the year written after it says which
    if (/^\s(?:in|of)\s\d{4}\b/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue
    let meaning: Meaning
    if (g.det) {
      const unit = g.unit.toLowerCase()
      const shift = SHIFT[g.det.toLowerCase().replace(/\s+/g, ' ')] ?? 0
      meaning = { type: 'anaphor', unit: unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day', shift }
    } else if (g.ba) {
      meaning = { type: 'anaphor', unit: 'day', shift: g.ba.toLowerCase() === 'before' ? -1 : 1 }
    } else {
      // "a few days later" says no number: found, not resolved
      const amount = /few|several/i.test(g.n) ? null : numberValue(g.n)
      const unit = g.lunit.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year'
      if (amount === null) meaning = { type: 'none' }
      else if (unit === 'week') meaning = { type: 'anaphor', unit: 'day', shift: 7 * amount * (g.dir.toLowerCase() === 'later' ? 1 : -1) }
      else meaning = { type: 'anaphor', unit, shift: amount * (g.dir.toLowerCase() === 'later' ? 1 : -1) }
    }
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'date', meaning })
  }
  return found
}
