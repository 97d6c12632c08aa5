// Dates: every date expression of the body as a span, its kind, and the day or period a reader would understand,
// resolved against the publication date. "Mr Zelenskiy said on Monday", in a report of Tuesday 2025-08-19, is
// 2025-08-18. Finding is in dates/find-*.ts, the tense of the sentence in dates/tense.ts, days in dates/resolve*.ts.
import type { DateMention } from '../model'
import type { ParsedArticle } from '../nlp/parse'
import { parseDay, type Day } from './dates/calendar'
import { findDateCandidates } from './dates/find-candidates'
import type { DateCandidate, Reading } from './dates/meaning'
import { resolveMeaning } from './dates/resolve'
import { tokenIndexAt } from './dates/sentence-text'
import { tenseNear, verbGroups, type VerbGroup } from './dates/tense'

/** Meanings whose direction the tense decides ("on Monday", "in February", "the weekend"). */
const NEEDS_TENSE = new Set(['day', 'month', 'quarter', 'holiday', 'easter', 'weekday', 'the-weekend', 'range', 'period', 'season'])
/** "next", "upcoming" a few words before the date: it lies ahead whatever the verb ("his next court appearance on April 5"). */
const AHEAD_BEFORE = /\b(?:next|upcoming|forthcoming)\s(?:[\w’'-]+\s){0,3}(?:on\s|in\s|of\s)?$/i
/** a limit ("by October 31", "until October 28") is the nearest such day, not last year's. */
const LIMIT_BEFORE = /\b(?:by|until|till|before)\s$/i

/** Meanings that count from a day named elsewhere in the sentence. */
const NEEDS_ANCHOR = new Set(['within', 'time'])

/** A date as the extractor finds it; the caller adds its sentence. */
export type FoundDate = Omit<DateMention, 'sentence'>

export function extractDates(article: ParsedArticle, published: string | null): FoundDate[] {
  const P: Day | null = published ? parseDay(published) : null
  const mentions: FoundDate[] = []
  for (const { sentence, dates } of findDateCandidates(article)) {
    let groups: VerbGroup[] | null = null
    const directionOf = (c: DateCandidate): Reading => {
      if (!P || !NEEDS_TENSE.has(c.meaning.type)) return 'past'
      groups ??= verbGroups(article, sentence.sentence)
      const first = tokenIndexAt(article, c.start)
      const last = Math.max(first, tokenIndexAt(article, c.end - 1))
      // words just before the date outrank the verbs: "his next court appearance on April 5", "by October 31"
      const before = article.text.slice(Math.max(sentence.start, c.start - 40), c.start)
      if (AHEAD_BEFORE.test(before)) return 'future'
      const tense = tenseNear(groups, first, last)
      if (tense === 'future') return 'future'
      if (tense === 'present' || LIMIT_BEFORE.test(before)) return 'nearest'
      // with no tense signal, a news report more often looks back than ahead
      return tense ?? 'past'
    }
    const resolved = new Map<DateCandidate, DateMention['resolved']>()
    for (const c of dates) {
      if (NEEDS_ANCHOR.has(c.meaning.type)) continue
      resolved.set(c, resolveMeaning(c.meaning, { published: P, direction: directionOf(c), anchor: null }))
    }
    // "the day the sentence names": the one single day resolved in the same sentence
    const days = [...resolved.values()].filter((r) => r && r.start === r.end)
    const anchor = days.length === 1 && days[0] ? parseDay(days[0].start) : null
    for (const c of dates) {
      const r = resolved.has(c) ? resolved.get(c)! : resolveMeaning(c.meaning, { published: P, direction: 'future', anchor })
      mentions.push({ text: article.text.slice(c.start, c.end), start: c.start, end: c.end, kind: c.kind, resolved: r, quoteId: null })
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}
