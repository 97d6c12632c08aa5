// Days counted from the publication date P: weekdays, "yesterday", "last week", "two days ago", "the past year",
// "within 10 days". Weeks are ISO weeks, Monday to Sunday.
import type { DayRange } from '../../model'
import { addDays, addMonths, dayRange, makeDay, monthOf, monthRange, range, weekRange, weekStart, weekdayOf, yearOf, yearRange, type Day } from './calendar'
import type { Meaning, Reading } from './meaning'
import type { TimeUnit } from './vocabulary'

type WeekdayMeaning = Extract<Meaning, { type: 'weekday' }>

/**
 * "last Monday" is the latest Monday before P (P = Friday 2024-03-01 → 2024-02-26); "next Friday" the first after P.
 * A bare weekday follows the tense; the weekday of P itself is P ("said on Tuesday" in a Tuesday report is that day).
 */
export function resolveWeekday(m: WeekdayMeaning, published: Day, direction: Reading): DayRange {
  const today = weekdayOf(published)
  if (m.week !== undefined) return dayRange(addDays(weekStart(published), 7 * m.week + m.weekday - 1))
  // "This Sunday, the swimmer crossed the lake" in a Tuesday report: the Sunday just gone
  if ((m.modifier === 'this' || direction === 'this') && direction === 'past') return dayRange(addDays(published, -((today - m.weekday + 7) % 7)))
  if (m.modifier === 'this' || direction === 'this') return dayRange(addDays(weekStart(published), m.weekday - 1))
  if (m.modifier === 'last') return dayRange(addDays(published, -(((today - m.weekday + 7) % 7) || 7)))
  if (m.modifier === 'next') return dayRange(addDays(published, ((m.weekday - today + 7) % 7) || 7))
  const ahead = (m.weekday - today + 7) % 7
  const back = (today - m.weekday + 7) % 7
  if (direction === 'future' || (direction === 'nearest' && ahead < back)) return dayRange(addDays(published, ahead))
  return dayRange(addDays(published, -back))
}

/** "this week" (shift 0), "last month" (−1), "next year" (1): whole calendar periods around P. */
export function periodAround(unit: 'week' | 'weekend' | 'month' | 'year' | 'decade', shift: number, published: Day): DayRange {
  switch (unit) {
    case 'week': return weekRange(published, shift)
    case 'weekend': {
      const saturday = addDays(weekStart(published), 7 * shift + 5)
      return range(saturday, addDays(saturday, 1))
    }
    case 'month': {
      const d = addMonths(makeDay(yearOf(published), monthOf(published), 1)!, shift)
      return monthRange(yearOf(d), monthOf(d))
    }
    case 'year': return yearRange(yearOf(published) + shift)
    case 'decade': {
      const first = Math.floor(yearOf(published) / 10) * 10 + 10 * shift
      return yearRange(first, first + 9)
    }
  }
}

/** "the weekend": the one just gone in a past-tense sentence (or this one, on a Saturday or Sunday), else the coming one. */
export function theWeekend(published: Day, direction: Reading): DayRange {
  const weekday = weekdayOf(published)
  const back = direction === 'past' || (direction === 'nearest' && weekday <= 3)
  return periodAround('weekend', back && weekday < 6 ? -1 : 0, published)
}

/** Move `amount` units from `day` (negative goes back): days and weeks exactly, months and years by the calendar. */
export function shift(day: Day, amount: number, unit: TimeUnit): Day {
  switch (unit) {
    case 'second': case 'minute': return day
    case 'hour': return addDays(day, Math.trunc(amount / 24))
    case 'day': return addDays(day, Math.round(amount))
    case 'week': return addDays(day, Math.round(7 * amount))
    case 'fortnight': return addDays(day, Math.round(14 * amount))
    case 'month': return addMonths(day, Math.round(amount))
    case 'year': return addMonths(day, Math.round(12 * amount))
    case 'decade': return addMonths(day, Math.round(120 * amount))
    case 'century': return addMonths(day, Math.round(1200 * amount))
  }
}

/** "two days ago" → that day; "two months ago" → that calendar month; "three years ago" → that calendar year. */
export function ago(amount: number, unit: TimeUnit, published: Day): DayRange {
  const then = shift(published, -amount, unit)
  if (unit === 'month') return monthRange(yearOf(then), monthOf(then))
  if (unit === 'year' || unit === 'decade' || unit === 'century') return yearRange(yearOf(then))
  return dayRange(then)
}

/** "the past two weeks" → from two weeks before P to P. */
export function pastStretch(amount: number, unit: TimeUnit, published: Day): DayRange {
  return range(shift(published, -amount, unit), published)
}

/** "within 10 days" from `from` (the day the sentence names, else P) → from that day to ten days later. */
export function within(amount: number, unit: TimeUnit, from: Day): DayRange {
  return range(from, shift(from, amount, unit))
}
