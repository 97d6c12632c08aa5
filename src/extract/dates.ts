// Dates: every date expression of the body as a span, its kind, and the day or period a reader would understand,
// resolved against the publication date. "Mr Zelenskiy said on Monday", in a report of Tuesday 2025-08-19, is
// 2025-08-18. Finding is in dates/find-*.ts, the tense of the sentence in dates/tense.ts, days in dates/resolve*.ts.
import type { DateMention } from '../model'
import { addDays, dayRange, parseDay, type Day } from './dates/calendar'
import { findDateCandidates } from './dates/find-candidates'
import type { DateCandidate, Reading } from './dates/meaning'
import { resolveMeaning } from './dates/resolve'
import { tokenAt, tokenIndexAt, type ParsedArticle } from '../nlp/parse'
import { dayInStretch, namedStretch, resolveAnaphor, tell, toldDay, type NamedStretch, type Told } from './dates/story'
import { tenseNear, verbGroups, type VerbGroup } from './dates/tense'
import { quoteChecker } from './dates/quoted'
import { eventPeriod, learnEvents, type EventDays } from './dates/event-days'
import { NO_STORY_DAYS, sayingDay, storyDay, withDay } from './dates/story-days'

/** Meanings whose direction the tense decides ("on Monday", "in February", "the weekend"). */
const NEEDS_TENSE = new Set(['day', 'month', 'quarter', 'holiday', 'nth-weekday', 'week-of', 'easter', 'weekday', 'the-weekend', 'range', 'period', 'season'])
/** "next", "upcoming" a few words before the date: it lies ahead whatever the verb ("her next court hearing on April 9"). */
const AHEAD_BEFORE = /\b(?:next|upcoming|forthcoming)\s(?:[\w’'-]+\s){0,3}(?:on\s|in\s|of\s)?$/i
/** a limit ("by October 31", "until October 28") is the nearest such day, not last year's. */
const LIMIT_BEFORE = /\b(?:by|until|till|before)\s$/i
/** "By Sunday afternoon, Ms Lee said …": a limit that opens the sentence is when its verb happened, told by the tense */
const OPENING_LIMIT = /^[\s“"‘(]*(?:by|until|till|before)\s$/i
/** "events have been planned until December": a state that holds now runs on to the next such month */
const PERFECT_UNTIL = /\b(?:has|have|['’]ve)\s(?:(?:not|also|now|since|already)\s)?(?:been\s)?\w+(?:ed|en|wn)\b[^.;:]*\b(?:until|till|through)\s$/i

/** a deadline that names the time ahead of it ("within the next two weeks", "in two weeks' time") is never a past stretch */
const LOOKS_AHEAD = /\b(?:next|coming)\b|\btime$/i

/** Meanings that count from a day named elsewhere in the sentence. */
const NEEDS_ANCHOR = new Set(['within', 'time'])

/** A date as the extractor finds it; the caller adds its sentence. */
export type FoundDate = Omit<DateMention, 'sentence'>

/** A day written next to a time: "9:00 p.m. EST on Tuesday", "0200 UTC Wednesday morning", "Saturday at 10:39". */
const NEXT_TO = /^[\s,()]*(?:(?:on|at|around|about|of|from|by)\s)?[\s,()]*$/i

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
  let story = NO_STORY_DAYS
  const events: EventDays = new Map()
  const insideQuote = quoteChecker(article)
  for (const { sentence, dates } of findDateCandidates(article)) {
    const paragraph = article.sentences[sentence.sentence].paragraph
    // "Thursday, August 8, 2019" on a line of its own is the publication date, not a day of the story
    const { start: pStart, end: pEnd } = article.paragraphs[paragraph]
    const isDateline = (c: DateCandidate) => c.start <= pStart && c.end >= pEnd
    let groups: VerbGroup[] | null = null
    const tenseOf = (c: DateCandidate) => {
      groups ??= verbGroups(article, sentence.sentence)
      const first = tokenIndexAt(article, c.start)
      return tenseNear(groups, first, Math.max(first, tokenIndexAt(article, c.end - 1)), crossesQuote)
    }
    // "Three days before the August 20 deadline, talks collapsed": a date naming an event is not told by the verb
    const targets = dates.flatMap((d) => d.meaning.type === 'event' && d.meaning.target ? [d.meaning.target] : [])
    const directionOf = (c: DateCandidate): Reading => {
      if (!P || !NEEDS_TENSE.has(c.meaning.type)) return 'past'
      if (targets.some(([a, b]) => c.start >= a && c.end <= b)) return 'nearest'
      // words just before the date outrank the verbs: "her next court hearing on April 9", "by October 31"
      const before = article.text.slice(Math.max(sentence.start, c.start - 40), c.start)
      if (AHEAD_BEFORE.test(before)) return 'future'
      const tense = tenseOf(c)
      if (tense === 'future') return 'future'
      if (PERFECT_UNTIL.test(article.text.slice(sentence.start, c.start))) return 'future'
      const limit = LIMIT_BEFORE.test(before) && !OPENING_LIMIT.test(article.text.slice(sentence.start, c.start))
      if (tense === 'present' || limit) return 'nearest'
      // with no tense signal, a news report more often looks back than ahead
      return tense ?? 'past'
    }
    const resolved = new Map<DateCandidate, DateMention['resolved']>()
    // "62 outlets had closed within a year" tells how long something took, not a deadline from the publication date
    // ("over the next two years" and "in 18 months' time" look ahead whatever the verb)
    const tookTime = (c: DateCandidate) => c.meaning.type === 'within' && !LOOKS_AHEAD.test(article.text.slice(c.start, c.end)) && tenseOf(c) === 'past'
    // "The 7/7 bombings killed 52 people in 2005": a date written in figures takes the year the sentence or the story gives
    const namedYear = dates.find((d) => d.meaning.type === 'year' && d.meaning.lastYear === undefined)?.meaning
    const storyYear = namedYear?.type === 'year' ? namedYear.year : told.year
    for (const c of dates) {
      if (NEEDS_ANCHOR.has(c.meaning.type) || c.meaning.type === 'anaphor' || c.meaning.type === 'event') continue
      const meaning = c.meaning.type === 'day' && c.meaning.storyYear && storyYear !== null ? { ...c.meaning, year: storyYear } : c.meaning
      resolved.set(c, resolveMeaning(meaning, { published: P, direction: directionOf(c), anchor: null }))
    }
    // "the day the sentence names": the one single day resolved in the same sentence
    const singleDays = dates.filter((c) => { const r = resolved.get(c); return r && r.start === r.end })
    const anchor = singleDays.length === 1 ? parseDay(resolved.get(singleDays[0])!.start) : null
    // "The referendum was held on June 23": the events this sentence dates, outside any period counted from one
    const counted = dates.filter((c) => c.meaning.type === 'event')
    const eventText = counted.reduce((t, c) => t.slice(0, c.start - sentence.start) + ' '.repeat(c.end - c.start) + t.slice(c.end - sentence.start), sentence.text)
    learnEvents(events, eventText, sentence.start, singleDays.map((c) => ({ start: c.start, end: c.end, day: parseDay(resolved.get(c)!.start)! })))
    // a time or a part of a day: the day written next to it, else the sentence's one day, else the story's day
    const dayOf = (c: DateCandidate): DateMention['resolved'] => {
      // the nearest such day: "9:00 p.m. EST on Tuesday (0200 UTC Wednesday morning)" gives the second time Wednesday
      const gap = (d: DateCandidate) => article.text.slice(Math.min(c.end, d.end), Math.max(c.start, d.start))
      const near = singleDays.filter((d) => NEXT_TO.test(gap(d))).sort((a, b) => gap(a).length - gap(b).length)[0]
      if (near) return resolved.get(near)!
      const day = anchor ?? storyDay(story, P, tenseOf(c))
      return day ? dayRange(day) : null
    }
    for (const c of dates) {
      const text = article.text.slice(c.start, c.end)
      if (tookTime(c)) {
        mentions.push({ text, start: c.start, end: c.end, kind: 'duration', resolved: null, quoteId: null })
        continue
      }
      let r: DateMention['resolved']
      if (c.meaning.type === 'anaphor') r = resolveAnaphor(c.meaning, told, toldDay(told, P, tenseOf(c)))
      else if (c.meaning.type === 'event') {
        const { target } = c.meaning
        const inside = target && singleDays.find((d) => d.start >= target[0] && d.end <= target[1])
        const day = inside ? parseDay(resolved.get(inside)!.start) : events.get(c.meaning.event) ?? null
        r = day && eventPeriod(c.meaning, day)
      }
      else if (c.meaning.type === 'time') r = dayOf(c)
      else if (c.meaning.type === 'offset' && P && insideQuote(c.start, paragraph)) {
        // "“… in the early hours of this morning,”" counts from the day the words were said
        const said = sayingDay(story, P)
        r = said && dayRange(addDays(said, c.meaning.days))
      } else r = (P && dayInStretch(c, stretch)) || (resolved.has(c) ? resolved.get(c)! : resolveMeaning(c.meaning, { published: P, direction: 'future', anchor }))
      mentions.push({ text, start: c.start, end: c.end, kind: c.kind, resolved: r, quoteId: null })
      stretch = namedStretch(c, r) ?? stretch
      told = tell(told, c, r)
      story = withDay(story, c, r, isDateline(c))
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}
