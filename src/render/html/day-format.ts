// Days and periods as a reader says them, for the marks in the text and the timeline:
//   2025-08-18                → "Mon 18 Aug 2025"
//   2025-08-18 … 2025-08-24   → "18–24 Aug 2025"
//   2025-08-19 … 2025-09-02   → "19 Aug – 2 Sep 2025"
//   2025-08-01 … 2025-08-31   → "Aug 2025";  2024-01-01 … 2024-12-31 → "2024"
// Computed from the ISO strings alone (UTC), so the page is the same in every time zone.
import type { DayRange } from '../../model'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

interface Day {
  year: number
  month: number
  day: number
}

function parts(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number)
  return { year, month, day }
}

const lastDayOfMonth = (d: Day) => new Date(Date.UTC(d.year, d.month, 0)).getUTCDate()
const weekday = (d: Day) => WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]

/** "19 August 2025": the publication date in the header. */
export function longDay(iso: string): string {
  const d = parts(iso)
  return `${d.day} ${LONG_MONTHS[d.month - 1]} ${d.year}`
}

export function describePeriod(range: DayRange): string {
  const a = parts(range.start)
  const b = parts(range.end)
  if (range.start === range.end) return `${weekday(a)} ${a.day} ${MONTHS[a.month - 1]} ${a.year}`
  if (a.day === 1 && a.month === 1 && b.day === 31 && b.month === 12) {
    return a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`
  }
  if (a.day === 1 && b.day === lastDayOfMonth(b)) {
    if (a.year === b.year && a.month === b.month) return `${MONTHS[a.month - 1]} ${a.year}`
    if (a.year === b.year) return `${MONTHS[a.month - 1]}–${MONTHS[b.month - 1]} ${a.year}`
  }
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`
  if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${a.year}`
  return `${a.day} ${MONTHS[a.month - 1]} ${a.year} – ${b.day} ${MONTHS[b.month - 1]} ${b.year}`
}
