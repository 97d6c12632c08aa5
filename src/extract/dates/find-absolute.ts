// Dates a reader can place without the publication date, or with it only for the year:
// "January 4, 2019", "4 January", "February 2022", "in March", "in 2017", "the 1990s", "the fourth quarter".
import type { DateCandidate, Meaning } from './meaning'
import { directionOf, partOf, PART_PREFIX } from './parts'
import { opensSentence, tokenStartingAt, type SentenceText } from './sentence-text'
import { MONTH_ANY, MONTH_FULL, monthNumber, WEEKDAY } from './vocabulary'
import { isYearAt } from './year-check'
import { allMatches, gated } from '../all-matches'

const ORDINAL = '(?:st|nd|rd|th)?'
const DAY_RANGE = `(?:\\s?(?:-|–|to|and)\\s?(?<last>\\d{1,2})${ORDINAL})?`
// "2019", or "this year" / "of last year" / ", next year" naming the year relative to publication
const YEAR_AFTER = `(?:,?\\s(?<year>\\d{4})|(?:,\\s|\\sof\\s|\\s)(?<rel>this|last|next)\\syear)`

// "Friday, January 4, 2019", "Jan. 4", "January 4-6"
const MONTH_DAY = gated(new RegExp(`\\b(?:${WEEKDAY},?\\s)?(?<month>${MONTH_ANY})\\s(?<day>\\d{1,2})${ORDINAL}${DAY_RANGE}${YEAR_AFTER}?\\b`, 'g'), new RegExp(MONTH_ANY))
// "4 January 2019", "Monday 4 January", "the 4th of July", "4-6 January"
const DAY_MONTH = gated(new RegExp(`\\b(?:${WEEKDAY},?\\s)?(?<day>\\d{1,2})${ORDINAL}${DAY_RANGE}\\s(?:of\\s)?(?<month>${MONTH_ANY})${YEAR_AFTER}?\\b`, 'g'), new RegExp(MONTH_ANY))
const WEEK_OF_BEFORE = /\b[Ww]eek\sof\s$/
// "2019-01-04"
const ISO_DATE = /\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b/g
// "February 2022", "early March 2019", "the end of January 2020"
const MONTH_YEAR = gated(new RegExp(`\\b${PART_PREFIX}(?<month>${MONTH_ANY})(?:(?:,?\\s|\\sof\\s)(?<year>\\d{4})|(?:,\\s|\\sof\\s|\\s)(?<rel>this|last|next)\\syear)\\b`, 'g'), new RegExp(MONTH_ANY))
// "February", "in March", "last May", "mid-January"
const MONTH_ALONE = gated(new RegExp(`\\b${PART_PREFIX}(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his)\\s)?(?<month>${MONTH_FULL})\\b`, 'g'), new RegExp(MONTH_FULL))
// "2017", "mid-2019", "the end of 2020"; the number itself is checked by isYearAt
const YEAR = gated(new RegExp(`(?<![\\d,.$£€¥])\\b${PART_PREFIX}(?<year>\\d{4})(?!\\d|[,.]\\d)`, 'dg'), /\d{4}/)
// "2010-15", "1939–1945", "2018/19"
const YEAR_SPAN = gated(/(?<![\d,.$£€¥-])\b(?<year>\d{4})\s?[-–/]\s?(?<end>\d{4}|\d{2})\b(?![-–/.]\d)/dg, /\d{4}/)
// "the 1990s", "the early 2000s", "the '90s", "the late '70s"
const DECADE = gated(/(?<![\d$£€])\b(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?<decade>1[89]\d0|20\d0)s\b|(?:\b(?<part2>[Ee]arly|[Mm]id|[Ll]ate)[- ])?['’](?<short>\d0)s\b|(?<=\b[Tt]he\s(?:(?:early|mid|late)[- ])?)(?:(?<part3>early|mid|late)[- ])?(?<bare>[2-9]0)s\b/g, /\d0s/)
// "the 13th century", "the twentieth century", "the late 19th century"
const CENTURY = gated(/\b(?:(?<part>early|mid|late)[\s-])?(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<word>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]century\b(?!\sBC)/gi, /century/i)
const CENTURY_WORDS: Record<string, number> = { fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 }
// "the fourth quarter", "the first quarter of 2019", "Q3 2020"
const QUARTER = gated(/\b(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter\b(?:\s(?:of\s)?(?<year>\d{4})\b)?|\bQ(?<qn>[1-4])(?:\s(?<year2>\d{4}))?\b/gi, /quarter|q[1-4]/i)
const QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 }

function candidate(s: SentenceText, index: number, text: string, meaning: Meaning): DateCandidate {
  return { start: s.start + index, end: s.start + index + text.length, kind: 'date', meaning }
}

const yearOrNull = (y: string | undefined) => (y ? Number(y) : null)
const yearShift = (rel: string | undefined) => (rel ? { yearShift: rel === 'last' ? -1 : rel === 'next' ? 1 : 0 } : {})

function dayMeaning(g: Record<string, string | undefined>): Meaning | null {
  const month = monthNumber(g.month ?? '')
  const day = Number(g.day)
  const last = g.last ? Number(g.last) : undefined
  if (!month || day < 1 || day > 31 || (last !== undefined && (last <= day || last > 31))) return null
  return { type: 'day', year: yearOrNull(g.year), month, day, ...(last ? { lastDay: last } : {}), ...yearShift(g.rel) }
}

/** "May" is also a modal and a surname: trust it only where compromise tagged it a month. Names ("June Sarpong") are people. */
function isMonthWord(s: SentenceText, offset: number, word: string): boolean {
  const token = tokenStartingAt(s.article, offset)
  if (!token) return true
  if (token.tags.has('Person')) return false
  return word !== 'May' || token.tags.has('Month')
}

export function findExplicitDays(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const re of [MONTH_DAY, DAY_MONTH]) {
    for (const m of allMatches(re, s.text)) {
      const meaning = m.groups && dayMeaning(m.groups)
      if (!meaning) continue
      // "as soon as the week of October 14": the whole week holding that day
      const weekOf = meaning.type === 'day' && !meaning.lastDay ? WEEK_OF_BEFORE.exec(s.text.slice(Math.max(0, m.index - 8), m.index)) : null
      if (weekOf && meaning.type === 'day') {
        found.push(candidate(s, m.index - weekOf[0].length, weekOf[0] + m[0], { type: 'week-of', day: meaning }))
        continue
      }
      found.push({ ...candidate(s, m.index, m[0], meaning), kind: meaning.type === 'day' && meaning.lastDay ? 'range' : 'date' })
    }
  }
  for (const m of allMatches(ISO_DATE, s.text)) {
    const g = m.groups!
    found.push(candidate(s, m.index, m[0], { type: 'day', year: Number(g.year), month: Number(g.month), day: Number(g.day) }))
  }
  return found
}

export function findMonths(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(MONTH_YEAR, s.text)) {
    const month = monthNumber(m.groups!.month)
    if (month) found.push(candidate(s, m.index, m[0], { type: 'month', year: yearOrNull(m.groups!.year), month, part: partOf(m.groups), ...yearShift(m.groups!.rel) }))
  }
  for (const m of allMatches(MONTH_ALONE, s.text)) {
    const g = m.groups!
    const month = monthNumber(g.month)
    const at = s.start + m.index + m[0].length - g.month.length
    // "in early May", "last May": a part or a "last"/"next" makes it the month whatever the tagger says
    if (!month || !(isMonthWord(s, at, g.month) || ((g.part || g.edge || g.mod) && !tokenStartingAt(s.article, at)?.tags.has('Person')))) continue
    found.push(candidate(s, m.index, m[0], { type: 'month', year: null, month, part: partOf(g), direction: directionOf(g.mod) }))
  }
  return found
}

export function findYears(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(YEAR, s.text)) {
    const [ys, ye] = m.indices!.groups!.year
    if (!isYearAt(s, s.start + ys, s.start + ye)) continue
    found.push(candidate(s, m.index, m[0], { type: 'year', year: Number(m.groups!.year), part: partOf(m.groups) }))
  }
  for (const m of allMatches(YEAR_SPAN, s.text)) {
    const first = Number(m.groups!.year)
    const endText = m.groups!.end
    const last = endText.length === 2 ? Math.floor(first / 100) * 100 + Number(endText) : Number(endText)
    const [ys, ye] = m.indices!.groups!.year
    if (last <= first || last - first > 100 || !isYearAt(s, s.start + ys, s.start + ye)) continue
    found.push({ ...candidate(s, m.index, m[0], { type: 'year', year: first, lastYear: last }), kind: 'range' })
  }
  for (const m of allMatches(DECADE, s.text)) {
    const g = m.groups!
    const short = g.short ?? g.bare
    const year = g.decade ? Number(g.decade) : Number(short) <= 20 ? 2000 + Number(short) : 1900 + Number(short)
    // "in the 1800s", "the early 1900s": a round hundred before 2000 names its century, as readers use it
    if (g.decade && year % 100 === 0 && year < 2000) {
      found.push(candidate(s, m.index, m[0], { type: 'century', number: year / 100 + 1, part: partOf({ part: g.part }) }))
      continue
    }
    // "the late '70s" as well as "the late 1970s"; without the apostrophe only after "the" ("the mid-90s", not "in his 90s")
    found.push(candidate(s, m.index, m[0], { type: 'decade', year, part: partOf({ part: g.part ?? g.part2 ?? g.part3 }) }))
  }
  for (const m of allMatches(CENTURY, s.text)) {
    const g = m.groups!
    const number = g.n ? Number(g.n) : CENTURY_WORDS[g.word!.toLowerCase()]
    if (number >= 1 && number <= 22) found.push(candidate(s, m.index, m[0], { type: 'century', number, part: partOf(g) }))
  }
  for (const m of allMatches(QUARTER, s.text)) {
    const g = m.groups!
    const quarter = g.qn ? Number(g.qn) : QUARTERS[(g.q ?? '').toLowerCase()]
    const word = m[0]
    // "First quarter profits" opens a sentence; a capitalised "Fourth Quarter" mid-sentence is a name
    if (/^[A-Z]/.test(word) && !word.startsWith('Q') && !opensSentence(s, s.start + m.index)) continue
    found.push(candidate(s, m.index, word, { type: 'quarter', quarter, year: yearOrNull(g.year ?? g.year2) }))
  }
  return found
}
