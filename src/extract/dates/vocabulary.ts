// The words dates are made of: month and weekday names, and the units of durations ("six-hour", "two weeks").

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Month by name or abbreviation as newspapers print it ("Jan.", "Sept"); 1–12. */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}

export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, '').toLowerCase()
  const full = MONTH_NAMES.findIndex((m) => m.toLowerCase() === w)
  if (full >= 0) return full + 1
  return MONTH_ABBREVIATIONS[w] ?? null
}

/** Full month names, capitalised: news prints "March", and lower-case "march" is the verb. */
export const MONTH_FULL = `(?:${MONTH_NAMES.join('|')})`
/** Full names or abbreviations; abbreviations are only trusted next to a day number ("Jan. 4"). */
export const MONTH_ANY = `(?:${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`

/** ISO weekday 1–7 for "Monday" … "Sunday". */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_NAMES.indexOf(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
  return i >= 0 ? i + 1 : null
}

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century'

/** Units of time in the singular or plural, as a regex alternative ("hours", "century", "centuries"). */
export const TIME_UNIT = '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?|decades?|century|centuries)'

export function timeUnit(word: string): TimeUnit | null {
  const w = word.toLowerCase()
  if (w === 'centuries') return 'century'
  // "21.72 secs", "90 mins", "48 hrs", "10 yrs"
  const short: Record<string, TimeUnit> = { sec: 'second', secs: 'second', min: 'minute', mins: 'minute', hr: 'hour', hrs: 'hour', yr: 'year', yrs: 'year' }
  if (w in short) return short[w]
  const singular = w.endsWith('s') ? w.slice(0, -1) : w
  const units: TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']
  return units.find((u) => u === singular) ?? null
}
