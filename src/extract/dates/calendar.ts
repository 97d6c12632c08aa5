// Day arithmetic on plain calendar days: every date is a UTC midnight, so a day is always 86 400 000 ms and
// no time zone or daylight-saving change can move "2025-08-19" to the 18th.
import type { DayRange } from '../../model'

export type Day = Date

const DAY_MS = 86_400_000

/** "2025-08-19" → that day; null for anything that is not a real calendar day ("2025-02-30"). */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return null
  const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]))
  return day
}

/** A day from year, month (1–12) and day of month; null when the day does not exist (31 April, 29 February 2025). */
export function makeDay(year: number, month: number, date: number): Day | null {
  const d = new Date(Date.UTC(year, month - 1, date))
  // Date.UTC maps years 0–99 to 1900–1999; set the full year again so "AD 44" would stay 44
  d.setUTCFullYear(year)
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== date) return null
  return d
}

export const formatDay = (d: Day): string => d.toISOString().slice(0, 10)

export const addDays = (d: Day, n: number): Day => new Date(d.getTime() + n * DAY_MS)

export const yearOf = (d: Day): number => d.getUTCFullYear()
/** 1–12 */
export const monthOf = (d: Day): number => d.getUTCMonth() + 1
export const dateOf = (d: Day): number => d.getUTCDate()
/** ISO weekday: Monday 1 … Sunday 7. */
export const weekdayOf = (d: Day): number => ((d.getUTCDay() + 6) % 7) + 1

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The same day n months later, clipped to the month's end (31 January + 1 month → 28 or 29 February). */
export function addMonths(d: Day, n: number): Day {
  const index = yearOf(d) * 12 + (monthOf(d) - 1) + n
  const year = Math.floor(index / 12)
  const month = (index - year * 12) + 1
  return makeDay(year, month, Math.min(dateOf(d), daysInMonth(year, month)))!
}

export const compareDays = (a: Day, b: Day): number => a.getTime() - b.getTime()

export const range = (start: Day, end: Day): DayRange => ({ start: formatDay(start), end: formatDay(end) })

export const dayRange = (d: Day): DayRange => range(d, d)

export function monthRange(year: number, month: number): DayRange {
  return range(makeDay(year, month, 1)!, makeDay(year, month, daysInMonth(year, month))!)
}

export function yearRange(startYear: number, endYear = startYear): DayRange {
  return range(makeDay(startYear, 1, 1)!, makeDay(endYear, 12, 31)!)
}

/** Monday of the ISO week holding d ("last week" in a report of Tuesday 2025-08-19 is the week of Monday 11 August). */
export const weekStart = (d: Day): Day => addDays(d, 1 - weekdayOf(d))

export function weekRange(d: Day, weeksLater = 0): DayRange {
  const monday = addDays(weekStart(d), 7 * weeksLater)
  return range(monday, addDays(monday, 6))
}

/** The nth weekday (ISO 1–7) of a month, nth −1 for the last: Labor Day 2019 (first Monday of September) → 2 September. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): Day {
  if (nth < 0) {
    const last = makeDay(year, month, daysInMonth(year, month))!
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7))
  }
  const first = makeDay(year, month, 1)!
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1))
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus): 2024 → 31 March, 2025 → 20 April. */
export function easterSunday(year: number): Day {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return makeDay(year, month, day)!
}
