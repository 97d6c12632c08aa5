// Fixed-date holidays and Easter: "on Christmas Day", "before Christmas", "Easter Monday 2020".
// A bare "Christmas" or "Easter" counts only after a word that makes it a time ("over Christmas", "since Easter"),
// so "Christmas sales" and "Easter Island" are left alone.
import type { DateCandidate, Meaning } from './meaning'
import { directionOf } from './parts'
import type { SentenceText } from './sentence-text'

const HOLIDAY = /\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his)\s)?(?<name>Christmas\s(?:Day|Eve)|New\sYear['’]s\s(?:Day|Eve)|Boxing\sDay|Valentine['’]s\sDay|Halloween|Easter\s(?:Sunday|Monday)|Good\sFriday|Christmas|Easter)\b(?!\s(?:Island|Rising))(?:,?\s(?<year>\d{4})\b)?/g

const TIME_WORD_BEFORE = /\b(?:at|over|before|after|since|until|till|by|on|for|around|during|through|from|to|last|next|this)\s$/i

const FIXED: Record<string, [number, number]> = {
  'christmas day': [12, 25], 'christmas': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], 'boxing day': [12, 26], "valentine's day": [2, 14], halloween: [10, 31],
}
const EASTER_OFFSET: Record<string, number> = { easter: 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2 }

export function findHolidays(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of s.text.matchAll(HOLIDAY)) {
    const g = m.groups!
    const name = g.name.replace(/’/g, "'").replace(/\s+/g, ' ').toLowerCase()
    const year = g.year ? Number(g.year) : null
    const bare = name === 'christmas' || name === 'easter'
    if (bare && !g.mod && !year && !TIME_WORD_BEFORE.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue
    const direction = directionOf(g.mod)
    const meaning: Meaning = name in FIXED
      ? { type: 'holiday', month: FIXED[name][0], day: FIXED[name][1], year, direction }
      : { type: 'easter', offset: EASTER_OFFSET[name] ?? 0, year, direction }
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'date', meaning })
  }
  return found
}
