// The day a story is about, for what the text leaves without a day of its own: a time of day ("On Saturday
// morning, a gunman shot shoppers … The shooting began at 10:39 a.m. local time"), a part of a day ("walked until
// early evening"), and "today" or "this morning" inside a quote, which count from the day the words were said
// ("A spokesman stated: “… a fire broke out in the early hours of this morning.”" after "Early on Wednesday").
// That is the first day the story tells, the day of its main event: "her last council vote was on September 11. At
// 3:15 a.m. local time, her office said, she died" is the day of the death told in the lead. A dateline is not the story.
import type { DateMention } from '../../model'
import { compareDays, parseDay, type Day } from './calendar'
import type { DateCandidate } from './meaning'
import type { Tense } from './tense'

export interface StoryDays { first: Day | null }

export const NO_STORY_DAYS: StoryDays = { first: null }

/** A single day the text names outright ("Saturday", "yesterday", "August 2") becomes the story's day if it is the first. */
export function withDay(days: StoryDays, c: DateCandidate, r: DateMention['resolved'], dateline: boolean): StoryDays {
  if (days.first || dateline || !r || r.start !== r.end || c.kind !== 'date' || c.meaning.type === 'time' || c.meaning.type === 'anaphor') return days
  return { first: parseDay(r.start)! }
}

/** The story's day for a time or a part of a day, if it lies the way the tense points ("will begin at 3pm" is not a past day). */
export function storyDay(days: StoryDays, P: Day | null, tense: Tense): Day | null {
  const d = days.first
  if (!d) return null
  if (P && tense === 'future' && compareDays(d, P) < 0) return null
  if (P && tense === 'past' && compareDays(d, P) > 0) return null
  return d
}

/** The day words inside a quote were said: the story's day (never one still to come), else the publication date. */
export function sayingDay(days: StoryDays, P: Day | null): Day | null {
  return storyDay(days, P, 'past') ?? P
}
