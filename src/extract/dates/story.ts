// What the story has told so far, for the dates a reader places from it rather than from the publication date:
// "From March 15 to 17, Hadley played host … a session on Saturday afternoon" (the Saturday of that stretch),
// "She declared a flood emergency the same day", "The previous day, the Gazette revealed …", "the following year".
import type { DateMention } from '../../model'
import { addDays, addMonths, compareDays, dayRange, makeDay, monthOf, monthRange, parseDay, range, weekRange, weekdayOf, yearOf, yearRange, type Day } from './calendar'
import type { DateCandidate, Meaning } from './meaning'
import type { Tense } from './tense'
import { applyPart } from './apply-part'

/** A stretch of a few days the article names outright ("From March 15 to 17, Hadley played host to …"). */
export interface NamedStretch { start: Day; end: Day }

/** "held a session on Saturday afternoon" after "From March 15 to 17": the Saturday of that stretch, not of last week. */
export function dayInStretch(c: DateCandidate, stretch: NamedStretch | null): DateMention['resolved'] {
  if (!stretch || c.meaning.type !== 'weekday' || c.meaning.modifier !== null || c.meaning.week !== undefined) return null
  const weekday = c.meaning.weekday
  for (let d = stretch.start; compareDays(d, stretch.end) <= 0; d = addDays(d, 1)) {
    if (weekdayOf(d) === weekday) return dayRange(d)
  }
  return null
}

/**
 * The dates a story has told so far, for "the same day", "the following year": the days named (latest last), and
 * the last month and year.
 */
export interface Told { days: Day[]; month: Day | null; year: number | null }

/** What a date resolved to adds to what the story has told ("Friday" is a day, "March 2019" a month, "2015" a year). */
export function tell(told: Told, c: DateCandidate, r: DateMention['resolved']): Told {
  if (c.kind !== 'date') return told
  // a date the reader cannot place ("in November", no publication date) leaves the earlier ones behind: "£18.2bn a
  // year earlier" then counts from November, not from a year named paragraphs before
  // ("in recent months" places nothing and forgets nothing)
  if (!r) return c.meaning.type === 'anaphor' || c.meaning.type === 'none' ? told : { days: [], month: null, year: null }
  const start = parseDay(r.start)!
  const days = (parseDay(r.end)!.getTime() - start.getTime()) / 86_400_000
  if (days === 0) return { days: [...told.days.slice(-7), start], month: start, year: yearOf(start) }
  if (days <= 30 && monthOf(start) === monthOf(parseDay(r.end)!)) return { ...told, month: start, year: yearOf(start) }
  if (days <= 365 && yearOf(start) === yearOf(parseDay(r.end)!)) return { ...told, year: yearOf(start) }
  return told
}

/**
 * The day "the same day" counts from: the last day told whose side of the publication date fits the tense. "… injuring
 * at least nine people, on the same day" told in the past skips "her next court hearing on April 9".
 */
export function toldDay(told: Told, P: Day | null, tense: Tense): Day | null {
  for (let i = told.days.length - 1; i >= 0; i--) {
    const d = told.days[i]
    if (!P || (tense !== 'past' && tense !== 'future') || (tense === 'past' ? compareDays(d, P) <= 0 : compareDays(d, P) >= 0)) return d
  }
  return null
}

/** "the previous day", "that week", "two months later", "the following year", counted from what the story has told. */
export function resolveAnaphor(m: Extract<Meaning, { type: 'anaphor' }>, told: Told, day: Day | null): DateMention['resolved'] {
  switch (m.unit) {
    case 'day': return day ? dayRange(addDays(day, m.shift)) : null
    case 'week': return day ? weekRange(day, m.shift) : null
    case 'month': {
      if (!told.month) return null
      const d = addMonths(makeDay(yearOf(told.month), monthOf(told.month), 1)!, m.shift)
      return monthRange(yearOf(d), monthOf(d))
    }
    case 'year': {
      if (told.year === null) return null
      // "appointed in March 2018 and promoted later in the year": after the month told, in its year
      const month = told.month && yearOf(told.month) === told.year + m.shift ? told.month : null
      // (after December the year has only that month left, before January only January: "12/1/2024 … later in the
      // year" is December 2024, never a range that ends before it starts)
      const yearStart = parseDay(yearRange(told.year + m.shift).start)!, yearEnd = parseDay(yearRange(told.year + m.shift).end)!
      if (month && m.part === 'later') return addMonths(month, 1) <= yearEnd ? range(addMonths(month, 1), yearEnd) : monthRange(yearOf(month), monthOf(month))
      if (month && m.part === 'earlier') return addDays(month, -1) >= yearStart ? range(yearStart, addDays(month, -1)) : monthRange(yearOf(month), monthOf(month))
      return applyPart(yearRange(told.year + m.shift), m.part, 'year', null)
    }
  }
}

/** A range of two to seven days resolved from the text alone: an event's own dates. */
export function namedStretch(c: DateCandidate, r: DateMention['resolved']): NamedStretch | null {
  if (!r || c.kind !== 'range' || c.meaning.type !== 'range' && c.meaning.type !== 'day') return null
  const start = parseDay(r.start)!
  const end = parseDay(r.end)!
  const days = (end.getTime() - start.getTime()) / 86_400_000
  return days >= 1 && days <= 6 ? { start, end } : null
}
