// Seasons with a year or a "last/this/next": "by spring 2005", "last summer", "the winter of 2006-07" (one winter).
// Northern meteorological seasons: spring March–May, summer June–August, autumn September–November,
// winter December to February (the winter of 2019 runs from December 2019 into 2020).
import type { DateCandidate, Meaning } from './meaning'
import type { SentenceText } from './sentence-text'
import { allMatches, gated } from '../all-matches'

const SEASON_RE = gated(/\b(?:(?<shift>last|this|next|Last|This|Next)\s(?<s1>spring|summer|autumn|fall|winter)\b|(?<s2>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\sof)?\s(?<year>\d{4})(?<tail>[-–/](?<y2>\d{4}|\d{2}))?\b)/g, /spring|summer|autumn|fall|winter/i)

const FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }

export function findSeasons(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(SEASON_RE, s.text)) {
    const g = m.groups!
    const season = (g.s1 ?? g.s2 ?? '').toLowerCase()
    const month = FIRST_MONTH[season]
    const shift = g.shift ? ({ last: -1, this: 0, next: 1 } as Record<string, number>)[g.shift.toLowerCase()] : undefined
    const meaning: Meaning = { type: 'season', month, year: g.year ? Number(g.year) : null, ...(shift !== undefined ? { shift } : {}) }
    // "the winter of 2006–2007" is one winter, from December 2006; a tail that names no next year is left out
    let text = m[0]
    if (g.tail) {
      const y = Number(g.year)
      const next = g.y2!.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2)
      if (season !== 'winter' || next !== y + 1) text = text.slice(0, text.length - g.tail.length)
    }
    found.push({ start: s.start + m.index, end: s.start + m.index + text.length, kind: 'date', meaning })
  }
  return found
}
