// The days a story gives its events, for the periods counted from them (find-events.ts): "The referendum was held
// on June 23, 2016. … In the days after the referendum, the pound fell." The first sentence that names the event
// with one day dates it; the day nearest to the word in that sentence wins.
import type { DayRange } from '../../model'
import { addDays, addMonths, dayRange, range, weekdayOf, type Day } from './calendar'
import type { Meaning } from './meaning'
import { allMatches } from '../all-matches'

/** Words for events a story dates: votes, attacks, disasters, meetings, matches, deadlines. */
export const EVENT_NOUN = '(?:referendum|vote|ballot|elections?|polls?|primary|primaries|caucus(?:es)?|summit|talks|meeting|conference|debate|' +
  'hearing|trial|verdict|sentencing|attacks?|bombing|shooting|stabbing|crash|collapse|explosion|blast|fire|earthquake|quake|storm|' +
  'hurricane|flood|floods|eruption|disaster|accident|incident|match|game|final|race|tournament|ceremony|wedding|funeral|inauguration|' +
  'coup|strike|protest|march|rally|riots?|invasion|ceasefire|deadline|launch|landing|opening|visit|arrest|death|murder|killing|' +
  'announcement|speech|budget|festival|concert|parade|derby)'

const NOUN_RE = new RegExp(`\\b${EVENT_NOUN}\\b`, 'gi')

/** "elections" and "election" are one event; "polls" and "poll" too. */
export function eventKey(noun: string): string {
  const w = noun.toLowerCase()
  if (/(?:caucuses|primaries)$/.test(w)) return w === 'primaries' ? 'primary' : 'caucus'
  return /^(?:elections|polls|attacks|riots|floods)$/.test(w) ? w.slice(0, -1) : w
}

export type EventDays = Map<string, Day>

/** Learn the events a sentence dates: each event word takes the nearest single day the sentence names. */
export function learnEvents(events: EventDays, text: string, textStart: number, days: Array<{ start: number; end: number; day: Day }>): void {
  if (!days.length) return
  for (const m of allMatches(NOUN_RE, text)) {
    const key = eventKey(m[0])
    if (events.has(key)) continue
    const at = textStart + m.index
    const distance = (d: { start: number; end: number }) => (d.end <= at ? at - d.end : d.start - at)
    const nearest = days.reduce((a, b) => (distance(b) < distance(a) ? b : a))
    events.set(key, nearest.day)
  }
}

/** The period an event-anchored expression names, from the event's day. */
export function eventPeriod(m: Extract<Meaning, { type: 'event' }>, day: Day): DayRange | null {
  if (m.side === 0) return dayRange(day)
  if (m.unit === 'hour') return dayRange(day)
  if (m.amount === null) {
    // "the days after the referendum": the week after it; "the weeks before the vote": the four weeks before it
    const length = m.unit === 'week' ? 28 : 7
    return m.side > 0 ? range(addDays(day, 1), addDays(day, length)) : range(addDays(day, -length), addDays(day, -1))
  }
  switch (m.unit) {
    case 'day': return dayRange(addDays(day, m.side * m.amount))
    case 'week':
      // "the week before the vote": the seven days before it; "two weeks before the deadline": that day
      return m.amount === 1 && !m.counted
        ? (m.side > 0 ? range(addDays(day, 1), addDays(day, 7)) : range(addDays(day, -7), addDays(day, -1)))
        : dayRange(addDays(day, 7 * m.side * m.amount))
    case 'weekend': {
      // the Saturday and Sunday before or after the day
      const back = (weekdayOf(day) + 1) % 7 || 7
      const saturday = m.side < 0 ? addDays(day, -back) : addDays(day, (6 - weekdayOf(day) + 7) % 7 || 7)
      return range(saturday, addDays(saturday, 1))
    }
    case 'month': return dayRange(addMonths(day, m.side * m.amount))
    case 'year': return dayRange(addMonths(day, 12 * m.side * m.amount))
  }
}
