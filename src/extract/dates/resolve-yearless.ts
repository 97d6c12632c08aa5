// The year a reader gives a day or month the text leaves without one. "an angry confrontation in February",
// written in August 2025 and told in the past tense, is February 2025; "talks will resume in February" is
// February 2026. The same month or day as the publication date is this year's either way. A plain present
// takes the nearest one: "the date is unclear, December 27" in a report of 10 January 2019 is 27 December 2018.
import type { DayRange } from '../../model'
import { compareDays, parseDay, yearOf, type Day } from './calendar'
import type { Reading } from './meaning'

/**
 * Search the years around the publication date for the one whose period lies the right way from it.
 * `periodOf(year)` gives the period in that year, or null when it does not exist (29 February 2025).
 * Past: the latest period that starts on or before P. Future: the earliest that ends on or after P.
 */
export function pickYear(published: Day, direction: Reading, periodOf: (year: number) => DayRange | null): DayRange | null {
  const year = yearOf(published)
  if (direction === 'this') return periodOf(year)
  if (direction === 'nearest') {
    const past = pickYear(published, 'past', periodOf)
    const future = pickYear(published, 'future', periodOf)
    if (!past || !future) return past ?? future
    return distance(past, published) <= distance(future, published) ? past : future
  }
  // eight years is enough to reach the nearest 29 February in either direction
  for (let k = 0; k <= 8; k++) {
    const y = direction === 'past' ? year - k : year + k
    const period = periodOf(y)
    if (!period) continue
    if (direction === 'past' && compareDays(parseDay(period.start)!, published) <= 0) return period
    if (direction === 'future' && compareDays(parseDay(period.end)!, published) >= 0) return period
  }
  return null
}

/** Days from P to the nearest day of the period; 0 when P is inside it. */
function distance(period: DayRange, published: Day): number {
  const start = parseDay(period.start)!
  const end = parseDay(period.end)!
  if (compareDays(published, start) < 0) return (start.getTime() - published.getTime()) / 86_400_000
  if (compareDays(published, end) > 0) return (published.getTime() - end.getTime()) / 86_400_000
  return 0
}
