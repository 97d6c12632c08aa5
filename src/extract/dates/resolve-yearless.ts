// The year a reader gives a day or month the text leaves without one. "an angry confrontation in February",
// written in August 2025 and told in the past tense, is February 2025; "talks will resume in February" is
// February 2026. The same month or day as the publication date is this year's either way.
import type { DayRange } from '../../model'
import { compareDays, parseDay, yearOf, type Day } from './calendar'
import type { Direction } from './meaning'

/**
 * Search the years around the publication date for the one whose period lies the right way from it.
 * `periodOf(year)` gives the period in that year, or null when it does not exist (29 February 2025).
 * Past: the latest period that starts on or before P. Future: the earliest that ends on or after P.
 */
export function pickYear(published: Day, direction: Direction, periodOf: (year: number) => DayRange | null): DayRange | null {
  const year = yearOf(published)
  if (direction === 'this') return periodOf(year)
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
