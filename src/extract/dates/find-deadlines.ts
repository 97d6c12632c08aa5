// Deadlines: "within 10 days", "within the next two weeks", "within the next week to 10 days",
// "in the coming days", "in two weeks' time", "by the end of the year".
import { NUMBER_DIGITS, NUMBER_WORD, numberValue } from '../figures/number-words'
import type { DateCandidate, Meaning, PeriodUnit } from './meaning'
import type { SentenceText } from './sentence-text'
import { MONTH_FULL, monthNumber, TIME_UNIT, timeUnit, type TimeUnit } from './vocabulary'
import { allMatches, gated } from '../all-matches'

const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORD})`
// "within 10 days", "in the next one to two weeks" (the later end counts)
const AMOUNT = `(?<n>${NUMBER}|an?|few|several|couple\\sof)(?:\\s?(?:to|or|-|–)\\s?(?<nMax>${NUMBER}))?`
// a second amount: "within a week or two", "within the next week to 10 days"
const OR_MORE = `(?:\\s(?:to|or)\\s(?:(?<n2>${NUMBER})(?:\\s(?<unit2>${TIME_UNIT}))?\\b|an?\\s(?<unit3>${TIME_UNIT})\\b))?`

const WITHIN_RE = gated(new RegExp(
  `\\b(?:[Ww]ithin\\s(?:the\\s(?:next|coming|following)\\s|the\\s)?|(?:[Ii]n|[Oo]ver|[Dd]uring)\\sthe\\s(?:next|coming|following)\\s)` +
  `(?:${AMOUNT}[\\s-])?(?<unit>${TIME_UNIT})\\b${OR_MORE}`, 'g'), /within|the\s(?:next|coming|following)\s/i)
const IN_TIME_RE = gated(new RegExp(`\\b[Ii]n\\s(?<n>${NUMBER}|an?)\\s(?<unit>${TIME_UNIT})['’]?\\stime\\b`, 'g'), new RegExp(`${TIME_UNIT}['’]?\\stime`))
const BY_END_RE = gated(new RegExp(
  `\\b[Bb]y\\s(?:the\\s)?end\\sof\\s(?:(?:(?<shift>this|next)\\s|the\\s)(?<unit>week|month|year|decade)\\b|(?<month>${MONTH_FULL})(?:\\s(?<year>\\d{4}))?\\b|(?<yearOnly>\\d{4})\\b)`, 'g'), /end\sof/)

/** Amount in the unit, and the later end when two are given ("a week to 10 days" → 10 days). */
function longest(a: { amount: number; unit: TimeUnit } | null, b: { amount: number; unit: TimeUnit } | null) {
  if (!a) return b
  if (!b) return a
  return approxDays(a) >= approxDays(b) ? a : b
}

const UNIT_DAYS: Record<TimeUnit, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.4, year: 365.25, decade: 3652.5, century: 36525 }
const approxDays = (x: { amount: number; unit: TimeUnit }) => x.amount * UNIT_DAYS[x.unit]

function amountOf(n: string | undefined, unitWord: string | undefined): { amount: number; unit: TimeUnit } | null {
  const unit = unitWord ? timeUnit(unitWord) : null
  if (!unit || !unitWord) return null
  // "within the next week" is one week; "within days" says no number at all
  const amount = n ? numberValue(n) : unitWord.toLowerCase().endsWith('s') ? null : 1
  return amount === null ? null : { amount, unit }
}

export function findDeadlines(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  const push = (index: number, text: string, meaning: Meaning) =>
    found.push({ start: s.start + index, end: s.start + index + text.length, kind: 'deadline', meaning })

  for (const re of [WITHIN_RE, IN_TIME_RE]) {
    for (const m of allMatches(re, s.text)) {
      const g = m.groups!
      const first = amountOf(g.nMax ?? g.n, g.unit)
      const second = g.n2 ? amountOf(g.n2, g.unit2 ?? g.unit) : g.unit3 ? amountOf('a', g.unit3) : null
      const best = longest(first, second)
      push(m.index, m[0], best ? { type: 'within', amount: best.amount, unit: best.unit } : { type: 'within', amount: null, unit: null })
    }
  }
  for (const m of allMatches(BY_END_RE, s.text)) {
    const g = m.groups!
    let target: Meaning
    if (g.unit) target = { type: 'period', unit: g.unit.toLowerCase() as PeriodUnit, shift: g.shift === 'next' ? 1 : 0 }
    else if (g.month) target = { type: 'month', year: g.year ? Number(g.year) : null, month: monthNumber(g.month)!, direction: 'future' }
    else target = { type: 'year', year: Number(g.yearOnly) }
    push(m.index, m[0], { type: 'until', target })
  }
  return found
}
