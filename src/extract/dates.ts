// Dates: every date expression of the body as a span, its kind, and the day or period a reader would understand,
// resolved against the publication date. "Mr Zelenskiy said on Monday", in a report of Tuesday 2025-08-19, is
// 2025-08-18. Finding is in dates/find-*.ts, the tense of the sentence in dates/tense.ts, days in dates/resolve*.ts.
import type { DateMention } from '../model'
import { parseDay, type Day } from './dates/calendar'
import { findDateCandidates } from './dates/find-candidates'
import type { DateCandidate, Reading } from './dates/meaning'
import { resolveMeaning } from './dates/resolve'
import { tokenAt, tokenIndexAt, type ParsedArticle } from '../nlp/parse'
import { dayInStretch, namedStretch, resolveAnaphor, tell, toldDay, type NamedStretch, type Told } from './dates/story'
import { tenseNear, verbGroups, type VerbGroup } from './dates/tense'

/** Meanings whose direction the tense decides ("on Monday", "in February", "the weekend"). */
const NEEDS_TENSE = new Set(['day', 'month', 'quarter', 'holiday', 'nth-weekday', 'week-of', 'easter', 'weekday', 'the-weekend', 'range', 'period', 'season'])
/** "next", "upcoming" a few words before the date: it lies ahead whatever the verb ("his next court appearance on April 5"). */
const AHEAD_BEFORE = /\b(?:next|upcoming|forthcoming)\s(?:[\w’'-]+\s){0,3}(?:on\s|in\s|of\s)?$/i
/** a limit ("by October 31", "until October 28") is the nearest such day, not last year's. */
const LIMIT_BEFORE = /\b(?:by|until|till|before)\s$/i

/** a deadline that names the time ahead of it ("within the next two weeks", "in two weeks' time") is never a past stretch */
const LOOKS_AHEAD = /\b(?:next|coming)\b|\btime$/i

/** Meanings that count from a day named elsewhere in the sentence. */
const NEEDS_ANCHOR = new Set(['within', 'time'])

/** A date as the extractor finds it; the caller adds its sentence. */
export type FoundDate = Omit<DateMention, 'sentence'>

/** Double quote marks written between tokens [from, to]: the edge of a quotation. */
const QUOTE_MARK = /[“”"]/

export function extractDates(article: ParsedArticle, published: string | null): FoundDate[] {
  // marks[i]: quote marks written after the tokens before i, so any stretch of tokens is checked in one step
  let marks: Uint32Array | null = null
  const crossesQuote = (from: number, to: number): boolean => {
    if (!marks) {
      const { tokens } = article
      marks = new Uint32Array(tokens.length + 1)
      for (let i = 0; i < tokens.length; i++) {
        const edge = QUOTE_MARK.test(tokens[i].post) || QUOTE_MARK.test(tokenAt(tokens, i + 1)?.pre ?? '')
        marks[i + 1] = marks[i] + (edge ? 1 : 0)
      }
    }
    return to > from && marks[Math.min(to, marks.length - 1)] - marks[from] > 0
  }
  const P: Day | null = published ? parseDay(published) : null
  const mentions: FoundDate[] = []
  let stretch: NamedStretch | null = null
  let told: Told = { days: [], month: null, year: null }
  for (const { sentence, dates } of findDateCandidates(article)) {
    let groups: VerbGroup[] | null = null
    const tenseOf = (c: DateCandidate) => {
      groups ??= verbGroups(article, sentence.sentence)
      const first = tokenIndexAt(article, c.start)
      return tenseNear(groups, first, Math.max(first, tokenIndexAt(article, c.end - 1)), crossesQuote)
    }
    const directionOf = (c: DateCandidate): Reading => {
      if (!P || !NEEDS_TENSE.has(c.meaning.type)) return 'past'
      // words just before the date outrank the verbs: "his next court appearance on April 5", "by October 31"
      const before = article.text.slice(Math.max(sentence.start, c.start - 40), c.start)
      if (AHEAD_BEFORE.test(before)) return 'future'
      const tense = tenseOf(c)
      if (tense === 'future') return 'future'
      if (tense === 'present' || LIMIT_BEFORE.test(before)) return 'nearest'
      // with no tense signal, a news report more often looks back than ahead
      return tense ?? 'past'
    }
    const resolved = new Map<DateCandidate, DateMention['resolved']>()
    // "62 outlets had closed within a year" tells how long something took, not a deadline from the publication date
    // ("over the next two years" and "in 18 months' time" look ahead whatever the verb)
    const tookTime = (c: DateCandidate) => c.meaning.type === 'within' && !LOOKS_AHEAD.test(article.text.slice(c.start, c.end)) && tenseOf(c) === 'past'
    for (const c of dates) {
      if (NEEDS_ANCHOR.has(c.meaning.type) || c.meaning.type === 'anaphor') continue
      resolved.set(c, resolveMeaning(c.meaning, { published: P, direction: directionOf(c), anchor: null }))
    }
    // "the day the sentence names": the one single day resolved in the same sentence
    const days = [...resolved.values()].filter((r) => r && r.start === r.end)
    const anchor = days.length === 1 && days[0] ? parseDay(days[0].start) : null
    for (const c of dates) {
      const text = article.text.slice(c.start, c.end)
      if (tookTime(c)) {
        mentions.push({ text, start: c.start, end: c.end, kind: 'duration', resolved: null, quoteId: null })
        continue
      }
      const r: DateMention['resolved'] = c.meaning.type === 'anaphor' ? resolveAnaphor(c.meaning, told, toldDay(told, P, tenseOf(c)))
        : (P && dayInStretch(c, stretch)) || (resolved.has(c) ? resolved.get(c)! : resolveMeaning(c.meaning, { published: P, direction: 'future', anchor }))
      mentions.push({ text, start: c.start, end: c.end, kind: c.kind, resolved: r, quoteId: null })
      stretch = namedStretch(c, r) ?? stretch
      told = tell(told, c, r)
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}
