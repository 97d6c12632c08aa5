// Dates that only the publication date can place: "Monday", "last Friday", "yesterday", "next week",
// "earlier this month", "two days ago", "the past two weeks", "the weekend".
import { NUMBER_DIGITS, NUMBER_WORD, numberValue } from '../figures/number-words'
import type { DateCandidate, Meaning, Part, PeriodUnit } from './meaning'
import { HALF_OF, partOf, WEEK_OF } from './parts'
import { opensSentence, type SentenceText } from './sentence-text'
import { TIME_UNIT, timeUnit, WEEKDAY, weekdayNumber } from './vocabulary'
import { allMatches, gated } from '../all-matches'

const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORD})`

// "Monday", "Friday's", "last Friday", "Monday last week"; not "Mondays" (a habit, not a day)
const WEEKDAY_RE = gated(new RegExp(`\\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s)?(?<day>${WEEKDAY})(?!s\\b)(?:\\s(?<week>last|next|this)\\sweek\\b)?`, 'g'), new RegExp(WEEKDAY))
// named days that are not "the Friday nearest the report": "Good Friday" (a holiday), "Black Friday", "Bloody Sunday"
const NAMED_DAY_BEFORE = /\b(?:Good|Black|Cyber|Super|Ash|Bloody|Holy|Palm|Maundy|Shrove|Easter|Whit|Remembrance|Mothering)\s$/

// newspapers and shows named after a day: "The Sunday Telegraph", "the Sunday Times", "Monday Night Football"
const NAME_AFTER = /^\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Mail|Sport|People|Independent|Star|Observer|Night\sFootball|Politics|Club)\b/
// a weekday naming a kind of day, not one day: "the Sunday trade ban", "allows Sunday opening hours", "Friday prayers"
const HABIT_AFTER = /^\s(?:trade|trading|opening|shopping|closing|working|lunch|roast|mass|worship|school|league|prayers?|markets?|papers?)\b/i

const OFFSET_RE = gated(/\b(?:(?<word>today|yesterday|tomorrow|tonight)|(?<lastNight>last\snight)|(?<thisPart>this\s(?:morning|afternoon|evening))|(?<before>the\sday\sbefore\syesterday)|(?<after>the\sday\safter\stomorrow))\b/gi, /today|yesterday|tomorrow|night|morning|afternoon|evening/i)
const OFFSET_DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }

// "last week", "earlier this month", "late last year", "the end of next month", "mid-next year"
// "the second half of last year", "the first week of next month"
const PERIOD_RE = gated(new RegExp(`\\b(?:(?<part>earlier|later|early|late)\\s(?:in\\s)?|(?<mid>mid)-|(?:the\\s)?(?<edge>end|start|beginning|middle)\\sof\\s|${HALF_OF}|${WEEK_OF})?` +
  '(?<shift>this|last|next)\\s(?<unit>week|weekend|month|year|decade)\\b', 'gi'), /(?:this|last|next)\s(?:week|month|year|decade)/i)
const THE_WEEKEND_RE = gated(/\bthe\sweekend\b/gi, /weekend/i)
// "the events of this past weekend", "by this coming weekend"
const THIS_PAST_WEEKEND_RE = gated(/\bthis\s(?<way>past|coming)\sweekend\b/gi, /weekend/i)
// "the council raised parking fees earlier in the month": the period of the publication date, like "earlier this month"
// "the first half of the year", "the last week of the month": the same, for a part
const IN_THE_PERIOD_RE = gated(new RegExp(`\\b(?:(?<part>earlier|later)\\sin\\s|${HALF_OF}|${WEEK_OF})the\\s(?<unit>week|month|year)\\b`, 'gi'), /the\s(?:week|month|year)/i)
/** a year in the sentence means "later in the year" counts from that year's events ("appointed in March 2018 and later in the year …") */
const NAMES_A_YEAR = /\b(?:1[89]|20)\d\d\b/
// "two days ago", "a week ago"
const AGO_RE = gated(new RegExp(`\\b(?<n>${NUMBER}|an?|several|a\\sfew|a\\scouple\\sof)\\s(?<unit>${TIME_UNIT})\\sago\\b`, 'gi'), /\sago/i)
// "the past two weeks", "the last year", "the previous few months": a stretch ending on the publication date
const PAST_STRETCH_RE = gated(new RegExp(`\\b(?:the|this)\\s(?:past|last|previous)\\s(?:(?<n>${NUMBER}|few|several|couple\\sof)\\s)?(?<unit>${TIME_UNIT})\\b`, 'gi'), /(?:the|this)\s(?:past|last|previous)\s/i)

function make(s: SentenceText, index: number, text: string, meaning: Meaning, kind: DateCandidate['kind'] = 'date'): DateCandidate {
  return { start: s.start + index, end: s.start + index + text.length, kind, meaning }
}

export function findWeekdays(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(WEEKDAY_RE, s.text)) {
    const g = m.groups!
    if (!g.mod && NAMED_DAY_BEFORE.test(s.text.slice(Math.max(0, m.index - 12), m.index))) continue
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 20)
    if (!g.week && NAME_AFTER.test(after)) continue
    if (!g.mod && !g.week && HABIT_AFTER.test(after)) continue
    const mod = (g.mod ?? '').toLowerCase()
    const modifier = mod === 'last' ? 'last' : mod === 'next' ? 'next' : mod === 'this' || mod === 'coming' ? 'this' : null
    const week = g.week ? ({ last: -1, this: 0, next: 1 } as Record<string, number>)[g.week] : undefined
    const meaning: Meaning = { type: 'weekday', weekday: weekdayNumber(g.day)!, modifier: mod === 'coming' ? 'next' : modifier, ...(week !== undefined ? { week } : {}) }
    found.push(make(s, m.index, m[0], meaning))
  }
  return found
}

export function findOffsets(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(OFFSET_RE, s.text)) {
    const g = m.groups!
    // "the Today programme", "USA Today": a capitalised "Today" inside a sentence is a name
    if (g.word && /^[A-Z]/.test(g.word) && !opensSentence(s, s.start + m.index)) continue
    const days = g.word ? OFFSET_DAYS[g.word.toLowerCase()] : g.lastNight ? -1 : g.before ? -2 : g.after ? 2 : 0
    found.push(make(s, m.index, m[0], { type: 'offset', days }))
  }
  return found
}

export function findPeriods(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(PERIOD_RE, s.text)) {
    const g = m.groups!
    const shiftWord = g.shift.toLowerCase()
    // "in the last year" is the twelve months to publication, not the previous calendar year
    if (shiftWord === 'last' && !g.part && !g.mid && !g.edge && /\bthe\s$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue
    const part = periodPart(g)
    const unit = g.unit.toLowerCase() as PeriodUnit
    found.push(make(s, m.index, m[0], { type: 'period', unit, shift: shiftWord === 'last' ? -1 : shiftWord === 'next' ? 1 : 0, ...(part ? { part } : {}) }))
  }
  for (const m of allMatches(THE_WEEKEND_RE, s.text)) found.push(make(s, m.index, m[0], { type: 'the-weekend' }))
  for (const m of allMatches(THIS_PAST_WEEKEND_RE, s.text)) {
    found.push(make(s, m.index, m[0], { type: 'the-weekend', way: m.groups!.way.toLowerCase() === 'past' ? 'past' : 'future' }))
  }
  const namesAYear = NAMES_A_YEAR.test(s.text)
  for (const m of allMatches(IN_THE_PERIOD_RE, s.text)) {
    const g = m.groups!
    const part = g.part ? (g.part.toLowerCase() === 'earlier' ? 'earlier' : 'later') : partOf(g)
    const unit = g.unit.toLowerCase() as PeriodUnit
    // "In 2004, sales rose in the first half of the year": the year the story has just told
    if (namesAYear) found.push(make(s, m.index, m[0], unit === 'year' ? { type: 'anaphor', unit, shift: 0, part } : { type: 'none' }))
    else found.push(make(s, m.index, m[0], { type: 'period', unit, shift: 0, part }))
  }
  for (const m of allMatches(AGO_RE, s.text)) {
    const amount = numberValue(m.groups!.n)
    const unit = timeUnit(m.groups!.unit)
    found.push(make(s, m.index, m[0], amount !== null && unit ? { type: 'ago', amount, unit } : { type: 'none' }))
  }
  for (const m of allMatches(PAST_STRETCH_RE, s.text)) {
    // "than the previous year" looks back from some other year, not from publication
    if (!m.groups!.n && /previous/i.test(m[0])) continue
    const amount = m.groups!.n ? numberValue(m.groups!.n) : 1
    const unit = timeUnit(m.groups!.unit)
    const meaning: Meaning = amount !== null && unit ? { type: 'past-stretch', amount, unit } : { type: 'none' }
    found.push(make(s, m.index, m[0], meaning, 'duration'))
  }
  return found
}

function periodPart(g: Record<string, string | undefined>): Part | undefined {
  if (g.mid) return 'mid'
  if (g.half || g.nth) return partOf(g)
  const word = (g.part ?? g.edge ?? '').toLowerCase()
  const parts: Record<string, Part> = { earlier: 'earlier', later: 'later', early: 'early', late: 'late', end: 'end', start: 'start', beginning: 'start', middle: 'mid' }
  return parts[word]
}

