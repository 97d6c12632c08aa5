// What a date expression means before the publication date is known: "Monday" is a weekday that still needs a
// direction, "February 2022" is already a whole month. The finders produce these; resolve.ts turns them into days.
import type { DateKind } from '../../model'
import type { TimeUnit } from './vocabulary'

/** Which week or weekend of a period: the first to the fourth, or the last ("the last weekend of July"). */
export type WeekPart = `${'week' | 'weekend'}-${1 | 2 | 3 | 4 | 'last'}`

/**
 * Part of a period: "early 2020", "mid-January", "the end of last year", "earlier this month", "the second half of
 * 2004" (second-half), "the first week of March" (week-1), "the last weekend of July" (weekend-last).
 */
export type Part = 'early' | 'mid' | 'late' | 'start' | 'end' | 'earlier' | 'later' | 'first-half' | 'second-half' | WeekPart

/** Which way a yearless day or month lies from the publication date: from the verbs' tense, or forced by "last"/"next"; "this" ("this March") is the publication year. */
export type Direction = 'past' | 'future' | 'this'

/** How the sentence reads a yearless date: a direction, or 'nearest' for a plain present ("the date is unclear, December 27"). */
export type Reading = Direction | 'nearest'

export type PeriodUnit = 'week' | 'weekend' | 'month' | 'year' | 'decade'

export type Meaning =
  /**
   * "January 4, 2019", "4 January" (year null), "January 4-6" (lastDay 6), "December 22 last year" (yearShift −1), "the 7/7
   * bombings" (storyYear: the year the sentence or the story gives it)
   */
  | { type: 'day'; year: number | null; month: number; day: number; lastDay?: number; direction?: Direction; yearShift?: number; storyYear?: boolean }
  /** "February 2022", "in February" (year null), "early March", "June of this year" (yearShift 0) */
  | { type: 'month'; year: number | null; month: number; part?: Part; direction?: Direction; yearShift?: number }
  /** "2017", "early 2020", "2010-15" (lastYear 2015) */
  | { type: 'year'; year: number; lastYear?: number; part?: Part }
  /** "the 1990s" */
  | { type: 'decade'; year: number; part?: Part }
  /** "the 13th century" */
  | { type: 'century'; number: number; part?: Part }
  /** "spring 2005" (month 3), "last summer" (year null, shift −1): three months from `month` */
  | { type: 'season'; month: number; year: number | null; shift?: number }
  /** "the fourth quarter", "the first quarter of 2019" */
  | { type: 'quarter'; quarter: number; year: number | null; direction?: Direction }
  /** "Christmas", "New Year's Day 2020" */
  | { type: 'holiday'; month: number; day: number; year: number | null; direction?: Direction }
  /** "Labor Day" (first Monday of September, nth 1), "Memorial Day" (last Monday of May, nth −1), "Black Friday" (offset 1 from Thanksgiving) */
  | { type: 'nth-weekday'; month: number; weekday: number; nth: number; offset?: number; year: number | null; direction?: Direction }
  /** "the week of October 14": the Monday-to-Sunday week holding that day */
  | { type: 'week-of'; day: Extract<Meaning, { type: 'day' }> }
  /** "Easter", "Easter Monday" (days after Easter Sunday) */
  | { type: 'easter'; offset: number; year: number | null; direction?: Direction }
  /** "Monday", "last Friday", "next Tuesday", "this Wednesday", "Monday last week" (week −1) */
  | { type: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null; week?: number }
  /** "today" 0, "yesterday" −1, "tomorrow" 1 */
  | { type: 'offset'; days: number }
  /** "last week" (shift −1), "this month" (0), "next year" (1), "earlier this month" (part earlier) */
  | { type: 'period'; unit: PeriodUnit; shift: number; part?: Part }
  /** "the weekend": the one just gone in a past-tense sentence, the coming one otherwise; "this past weekend" (way past) */
  | { type: 'the-weekend'; way?: Direction }
  /** "two days ago", "a week ago" */
  | { type: 'ago'; amount: number; unit: TimeUnit }
  /** "the past two weeks", "the last year": a stretch that ends on the publication date */
  | { type: 'past-stretch'; amount: number; unit: TimeUnit }
  /** "within 10 days", "within the next week to 10 days" (amount of the longest), "within days" (amount null) */
  | { type: 'within'; amount: number | null; unit: TimeUnit | null }
  /** "by the end of the year": from the publication date to the end of a period */
  | { type: 'until'; target: Meaning }
  /** "from 2010 to 2015", "between January and March" */
  | { type: 'range'; from: Meaning; to: Meaning }
  /** "the same day" (day, 0), "the previous day" (−1), "two days later" (2), "that year" (year, 0): counted from the date before it */
  | { type: 'anaphor'; unit: 'day' | 'week' | 'month' | 'year'; shift: number; part?: Part }
  /** an age ("a 45-year-old", "aged 41"): a stretch of time lived, with no day of its own */
  | { type: 'age'; unit: TimeUnit }
  /**
   * counted from an event the story dates (`event`: "vote", "election"): "the eve of the vote" (side −1, 1 day), "the
   * day after the election" (+1), "two weeks before the deadline" (−2 weeks, counted), "the days after the referendum"
   * (amount null: a stretch), "the night of the fire" (side 0); `target`: where a date inside the phrase is written
   */
  | { type: 'event'; event: string; side: -1 | 0 | 1; amount: number | null; unit: 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'year'; counted?: boolean; target?: [number, number] }
  /** a time of day ("3pm") takes the day its sentence names, if any */
  | { type: 'time' }
  /** durations and anything else with no day of its own ("six-hour", "three days later") */
  | { type: 'none' }

/** A date expression found in the text, before resolution. */
export interface DateCandidate {
  start: number
  end: number
  kind: DateKind
  meaning: Meaning
}
