// Two dates joined into one period: "from 2010 to 2015", "between January and March 2019", "Monday to Friday".
// The half without a year borrows the other's ("from January to March 2019" → January 2019).
import type { DateCandidate, Meaning } from './meaning'
import type { SentenceText } from './sentence-text'

const JOINER = /^\s?(?:-|–|—|to|until|till|through|into)\s?$/
const AND = /^\sand\s$/
const FROM_BEFORE = /\b(?:[Ff]rom|[Bb]etween)\s$/

const JOINABLE = new Set<Meaning['type']>(['day', 'month', 'year', 'decade', 'weekday', 'holiday', 'nth-weekday', 'quarter', 'season'])

export function joinRanges(s: SentenceText, chosen: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = []
  for (let i = 0; i < chosen.length; i++) {
    const a = chosen[i]
    const b = chosen[i + 1]
    if (b && a.kind === 'date' && b.kind === 'date' && JOINABLE.has(a.meaning.type) && JOINABLE.has(b.meaning.type)) {
      const gap = s.text.slice(a.end - s.start, b.start - s.start)
      const before = s.text.slice(Math.max(0, a.start - s.start - 8), a.start - s.start)
      const from = FROM_BEFORE.exec(before)
      if (JOINER.test(gap) || (AND.test(gap) && from && /between/i.test(from[0]))) {
        const start = from ? a.start - from[0].length : a.start
        const [first, second] = shareYear(a.meaning, b.meaning)
        out.push({ start, end: b.end, kind: 'range', meaning: { type: 'range', from: first, to: second } })
        i++
        continue
      }
    }
    out.push(a)
  }
  return out
}

function shareYear(a: Meaning, b: Meaning): [Meaning, Meaning] {
  if ((a.type === 'day' || a.type === 'month') && a.year === null && (b.type === 'day' || b.type === 'month' || b.type === 'year') && b.year !== null) {
    const later = b.type !== 'year' && a.month > b.month
    return [{ ...a, year: later ? b.year - 1 : b.year }, b]
  }
  if ((b.type === 'day' || b.type === 'month') && b.year === null && (a.type === 'day' || a.type === 'month') && a.year !== null) {
    return [a, { ...b, year: b.month < a.month ? a.year + 1 : a.year }]
  }
  return [a, b]
}
