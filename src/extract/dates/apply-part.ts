// Narrow a period to the part a phrase names: "early 2020" → January–April 2020, "mid-January" → 11–20 January,
// "the end of the year" → December, "earlier this month" → the 1st up to the publication date, "the second half of
// 2004" → July–December 2004, "the last weekend of July" → its last Saturday and Sunday.
import type { DayRange } from '../../model'
import { addDays, compareDays, makeDay, parseDay, range, weekdayOf, yearOf, type Day } from './calendar'
import type { Part, WeekPart } from './meaning'

export type PeriodShape = 'year' | 'month' | 'week' | 'weekend' | 'decade' | 'century' | 'other'

/** thirds of a year by month (Jan–Apr, May–Aug, Sep–Dec), of a decade by year (0–3, 4–6, 7–9), of a century by year, else by days */
function third(start: Day, end: Day, which: 0 | 1 | 2, shape: PeriodShape): DayRange {
  if (shape === 'year') {
    const y = yearOf(start)
    const months = [[1, 4], [5, 8], [9, 12]][which]
    return range(makeDay(y, months[0], 1)!, addDays(makeDay(months[1] === 12 ? y + 1 : y, months[1] === 12 ? 1 : months[1] + 1, 1)!, -1))
  }
  if (shape === 'decade' || shape === 'century') {
    const y = yearOf(start)
    // "the early 1900s": the first third of the century's years, as of a decade's
    const years = shape === 'decade' ? [[0, 3], [4, 6], [7, 9]][which] : [[0, 32], [33, 66], [67, 99]][which]
    return range(makeDay(y + years[0], 1, 1)!, makeDay(y + years[1], 12, 31)!)
  }
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1
  const cut1 = Math.floor(days / 3)
  const cut2 = Math.floor((2 * days) / 3)
  const bounds = [[0, cut1 - 1], [cut1, cut2 - 1], [cut2, days - 1]][which]
  return range(addDays(start, bounds[0]), addDays(start, Math.max(bounds[0], bounds[1])))
}

/** Halves of a year by month (January–June, July–December), of anything else by days. */
function half(start: Day, end: Day, which: 0 | 1, shape: PeriodShape): DayRange {
  if (shape === 'year') return which === 0 ? range(start, addDays(makeDay(yearOf(start), 7, 1)!, -1)) : range(makeDay(yearOf(start), 7, 1)!, end)
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1
  const cut = Math.ceil(days / 2)
  return which === 0 ? range(start, addDays(start, cut - 1)) : range(addDays(start, cut), end)
}

/** "the first week of March" (1–7 March), "the last week of July" (its last seven days), "the last weekend of July"
 * (its last Saturday and the Sunday after it). */
function weekOf(start: Day, end: Day, part: WeekPart): DayRange {
  const [span, nth] = part.split('-') as ['week' | 'weekend', string]
  if (span === 'week') return nth === 'last' ? range(addDays(end, -6), end) : range(addDays(start, 7 * (Number(nth) - 1)), addDays(start, 7 * Number(nth) - 1))
  const saturday = nth === 'last' ? addDays(end, -((weekdayOf(end) + 1) % 7)) : addDays(start, (6 - weekdayOf(start) + 7) % 7 + 7 * (Number(nth) - 1))
  return range(saturday, addDays(saturday, 1))
}

/** Apply `part` to the period `whole`; `published` is needed only for "earlier"/"later" (null → whole period). */
export function applyPart(whole: DayRange, part: Part | undefined, shape: PeriodShape, published: Day | null): DayRange {
  if (!part) return whole
  const start = parseDay(whole.start)!
  const end = parseDay(whole.end)!
  switch (part) {
    case 'early': return third(start, end, 0, shape)
    case 'mid': return third(start, end, 1, shape)
    case 'late': return third(start, end, 2, shape)
    case 'start':
      return shape === 'year' ? range(start, addDays(makeDay(yearOf(start), 2, 1)!, -1)) : third(start, end, 0, shape)
    case 'end':
      return shape === 'year' ? range(makeDay(yearOf(end), 12, 1)!, end) : third(start, end, 2, shape)
    case 'earlier':
      if (!published || compareDays(published, start) < 0 || compareDays(published, end) > 0) return whole
      return range(start, compareDays(published, start) > 0 ? addDays(published, -1) : published)
    case 'later':
      if (!published || compareDays(published, start) < 0 || compareDays(published, end) > 0) return whole
      return range(compareDays(published, end) < 0 ? addDays(published, 1) : published, end)
    case 'first-half': return half(start, end, 0, shape)
    case 'second-half': return half(start, end, 1, shape)
    default: return weekOf(start, end, part)
  }
}

