// Every date expression of an article, sentence by sentence, before resolution. A cheap test skips sentences
// with no digit and no time word, and each finder's regexes run on one sentence at a time, so the cost grows
// with the length of the text. The result is kept per parsed article: the figures extractor asks for it too
// (a date's "4" or "2019" is not a figure).
import type { ParsedArticle } from '../../nlp/parse'
import { chooseLongest } from './choose'
import { findAges } from './find-ages'
import { findAnaphora } from './find-anaphora'
import { findDeadlines } from './find-deadlines'
import { findDurations } from './find-durations'
import { findEventPeriods } from './find-events'
import { findExplicitDays, findMonths, findYears } from './find-absolute'
import { findHolidays } from './find-holidays'
import { findNumericDates } from './find-numeric'
import { findSeasons } from './find-seasons'
import { joinRanges } from './find-ranges'
import { findOffsets, findPeriods, findWeekdays } from './find-relative'
import { findTimes } from './find-times'
import { findVague } from './find-vague'
import type { DateCandidate } from './meaning'
import { sentenceTexts, type SentenceText } from './sentence-text'

/** A sentence without any of these cannot hold a date ("today" and "Monday" both contain "day"). */
const MAY_HOLD_DATE = /\d|day|tomorrow|week|month|year|decade|centur|night|morning|afternoon|evening|noon|midnight|hour|minute|second|future|past|season|term|fortnight|quarter|spring|summer|autumn|fall|winter|o['’]clock|age|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|eve\b|Christmas|Easter|Halloween|Thanksgiving|Mardi|Pentecost|Juneteenth|Hogmanay/i

/** Finders in order of preference when two readings of the same length compete. */
const FINDERS = [findExplicitDays, findNumericDates, findMonths, findYears, findHolidays, findSeasons, findWeekdays, findOffsets, findPeriods, findAnaphora, findEventPeriods, findDeadlines, findDurations, findAges, findVague, findTimes]

export interface SentenceDates {
  sentence: SentenceText
  dates: DateCandidate[]
}

const cache = new WeakMap<ParsedArticle, SentenceDates[]>()

export function findDateCandidates(article: ParsedArticle): SentenceDates[] {
  const cached = cache.get(article)
  if (cached) return cached
  const result: SentenceDates[] = []
  for (const s of sentenceTexts(article)) {
    if (!MAY_HOLD_DATE.test(s.text)) continue
    const found = FINDERS.flatMap((find) => find(s))
    if (found.length) result.push({ sentence: s, dates: joinRanges(s, chooseLongest(found)) })
  }
  cache.set(article, result)
  return result
}
