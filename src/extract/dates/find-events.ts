// Periods counted from an event the story names: "the eve of the vote", "the day after the election", "in the
// days after the referendum", "two weeks before the March 3 deadline", "hours before the attack", "the night of
// the fire". The event's day comes from a date the text writes inside the phrase, else from the sentence where the
// story dated that event (event-days.ts); without one the period is found and left unresolved.
import { NUMBER_DIGITS, NUMBER_WORD, numberValue } from '../figures/number-words'
import type { DateCandidate, Meaning } from './meaning'
import type { SentenceText } from './sentence-text'
import { EVENT_NOUN, eventKey } from './event-days'
import { MONTH_ANY, WEEKDAY } from './vocabulary'
import { allMatches, gated } from '../all-matches'

const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORD})`
const LEAD = '(?:' + [
  '(?<eve>(?:the\\s)?eve)\\sof',
  '(?<the>the)\\s(?<one>day|night|morning|evening|afternoon|week|weekend)\\s(?<dir1>before|after|following|preceding)',
  'the\\s(?<many>days|weeks|hours|nights)\\s(?<dir2>before|after|following|preceding|leading\\sup\\sto)',
  `(?<n>${NUMBER}|an?|one)\\s(?<unit>minutes?|hours?|days?|weeks?|months?|years?)\\s(?<dir3>before|after|ahead\\sof|prior\\sto|following)`,
  '(?<bare>minutes|hours|days|weeks)\\s(?<dir4>before|after|ahead\\sof|following)',
  '(?<of>the\\s(?:day|night|morning|evening|afternoon))\\sof',
].join('|') + ')'
// what the period counts from: "the vote", "Sunday's referendum", "the March 3 deadline", "the 2016 referendum"
const TARGET = `(?<target>(?:the|this|last|Sunday['’]s|${WEEKDAY}['’]s)\\s(?:(?:${MONTH_ANY}\\s\\d{1,2}|\\d{4}|[\\w-]+)\\s){0,3}?(?<noun>${EVENT_NOUN}))\\b`
const EVENT_RE = gated(new RegExp(`\\b${LEAD}\\s${TARGET}`, 'gi'), new RegExp(`\\s${EVENT_NOUN}\\b`, 'i'))
/** a date written inside the target ("the March 3 deadline", "Sunday's vote") is found on its own and anchors the period */
const DATE_INSIDE = new RegExp(`${MONTH_ANY}\\s\\d{1,2}|\\b\\d{4}\\b|${WEEKDAY}`, 'i')

const SIDE: Record<string, -1 | 1> = { before: -1, preceding: -1, 'ahead of': -1, 'prior to': -1, 'leading up to': -1, after: 1, following: 1 }
const side = (word: string | undefined) => SIDE[(word ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 1

function meaningOf(g: Record<string, string | undefined>, noun: string): Extract<Meaning, { type: 'event' }> {
  const event = eventKey(noun)
  if (g.eve) return { type: 'event', event, side: -1, amount: 1, unit: 'day' }
  if (g.of) return { type: 'event', event, side: 0, amount: 0, unit: 'day' }
  if (g.one) {
    const unit = g.one.toLowerCase()
    return { type: 'event', event, side: side(g.dir1), amount: 1, unit: unit === 'week' ? 'week' : unit === 'weekend' ? 'weekend' : 'day' }
  }
  if (g.many || g.bare) {
    // "the days after the referendum" starts the day after it; "hours before the attack" is the attack's day
    const unit = (g.many ?? g.bare)!.toLowerCase()
    return { type: 'event', event, side: side(g.dir2 ?? g.dir4), amount: null, unit: unit === 'weeks' ? 'week' : unit === 'days' || unit === 'nights' ? 'day' : 'hour' }
  }
  const unit = g.unit!.toLowerCase().replace(/s$/, '') as 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'
  return { type: 'event', event, side: side(g.dir3), amount: numberValue(g.n!), unit: unit === 'minute' ? 'hour' : unit, counted: true }
}

export function findEventPeriods(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(EVENT_RE, s.text)) {
    const g = m.groups!
    const meaning = meaningOf(g, g.noun!)
    // with a date inside the target, the span stops before it so that the date keeps a span of its own
    const dated = DATE_INSIDE.test(g.target!)
    const text = dated ? m[0].slice(0, m[0].length - g.target!.length).trimEnd() : m[0]
    const targetStart = s.start + m.index + m[0].length - g.target!.length
    found.push({ start: s.start + m.index, end: s.start + m.index + text.length, kind: 'date',
      meaning: { ...meaning, ...(dated ? { target: [targetStart, targetStart + g.target!.length] as [number, number] } : {}) } })
  }
  return found
}
