// Meaning → days. Absolute dates ("February 2022") need nothing else; everything relative needs the publication
// date P and, for a bare "Monday" or "in February", the direction the sentence's tense gives. Without P a relative
// expression stays null: it is never resolved against the day the tool happens to run.
import type { DayRange } from '../../model'
import { applyPart } from './apply-part'
import { addDays, compareDays, easterSunday, makeDay, monthOf, monthRange, nthWeekday, parseDay, range, weekRange, yearOf, yearRange, type Day } from './calendar'
import type { Direction, Meaning, Reading } from './meaning'
import { pickYear } from './resolve-yearless'
import { ago, pastStretch, periodAround, resolveWeekday, theWeekend, within } from './resolve-relative'

export interface ResolveContext {
  published: Day | null
  /** the way a yearless date or bare weekday points, from the tense (past when nothing says otherwise) */
  direction: Reading
  /** the single day the sentence names, where a deadline or a time of day counts from */
  anchor: Day | null
}

const quarterRange = (year: number, q: number): DayRange =>
  range(makeDay(year, 3 * q - 2, 1)!, parseDay(monthRange(year, 3 * q).end)!)

function dayPeriod(year: number, month: number, day: number, lastDay?: number): DayRange | null {
  const first = makeDay(year, month, day)
  const last = lastDay ? makeDay(year, month, lastDay) : first
  return first && last ? range(first, last) : null
}

/** A date that has a year, or gets one from P and the direction. */
function withYear(year: number | null, ctx: ResolveContext, direction: Direction | undefined, periodOf: (y: number) => DayRange | null, yearShift?: number): DayRange | null {
  if (year !== null) return periodOf(year)
  if (!ctx.published) return null
  if (yearShift !== undefined) return periodOf(yearOf(ctx.published) + yearShift)
  return pickYear(ctx.published, direction ?? ctx.direction, periodOf)
}

export function resolveMeaning(m: Meaning, ctx: ResolveContext): DayRange | null {
  const P = ctx.published
  switch (m.type) {
    case 'day':
      return withYear(m.year, ctx, m.direction, (y) => dayPeriod(y, m.month, m.day, m.lastDay), m.yearShift)
    case 'month':
      return withYear(m.year, ctx, m.direction, (y) => applyPart(monthRange(y, m.month), m.part, 'month', P), m.yearShift)
    case 'year':
      return applyPart(yearRange(m.year, m.lastYear ?? m.year), m.part, 'year', P)
    case 'decade':
      return applyPart(yearRange(m.year, m.year + 9), m.part, 'decade', P)
    case 'century':
      return applyPart(yearRange((m.number - 1) * 100, (m.number - 1) * 100 + 99), m.part, 'century', P)
    case 'season': {
      const ofYear = (y: number) => range(makeDay(y, m.month, 1)!, addDays(makeDay(m.month === 12 ? y + 1 : y, m.month === 12 ? 3 : m.month + 3, 1)!, -1))
      if (m.year !== null) return ofYear(m.year)
      if (!P || m.shift === undefined) return null
      // "last summer" in August 2025 is summer 2024 (this one has not ended); "next winter" the first that starts after P
      const current = ofYear(m.month === 12 && monthOf(P) <= 2 ? yearOf(P) - 1 : yearOf(P))
      const year = Number(current.start.slice(0, 4))
      if (m.shift === 0) return current
      if (m.shift < 0) return compareDays(parseDay(current.end)!, P) < 0 ? current : ofYear(year - 1)
      return compareDays(parseDay(current.start)!, P) > 0 ? current : ofYear(year + 1)
    }
    case 'quarter':
      return withYear(m.year, ctx, m.direction, (y) => quarterRange(y, m.quarter))
    case 'holiday':
      return withYear(m.year, ctx, m.direction, (y) => dayPeriod(y, m.month, m.day))
    case 'nth-weekday':
      return withYear(m.year, ctx, m.direction, (y) => {
        const d = addDays(nthWeekday(y, m.month, m.weekday, m.nth), m.offset ?? 0)
        return range(d, d)
      })
    case 'week-of': {
      const day = resolveMeaning(m.day, ctx)
      return day ? weekRange(parseDay(day.start)!) : null
    }
    case 'easter':
      return withYear(m.year, ctx, m.direction, (y) => {
        const d = addDays(easterSunday(y), m.offset)
        return range(d, d)
      })
    case 'weekday':
      return P ? resolveWeekday(m, P, ctx.direction) : null
    case 'offset':
      return P ? range(addDays(P, m.days), addDays(P, m.days)) : null
    case 'period': {
      if (!P) return null
      const shape = m.unit === 'weekend' ? 'weekend' : m.unit
      // "a storm formed off the Hadley coast this weekend", in a Tuesday report: the weekend just gone
      if (m.unit === 'weekend' && m.shift === 0 && !m.part && ctx.direction === 'past') return theWeekend(P, 'past')
      return applyPart(periodAround(m.unit, m.shift, P), m.part, shape, P)
    }
    case 'the-weekend':
      return P ? theWeekend(P, m.way === 'past' ? 'past' : m.way === 'future' ? 'future' : ctx.direction) : null
    case 'ago':
      return P ? ago(m.amount, m.unit, P) : null
    case 'past-stretch':
      return P ? pastStretch(m.amount, m.unit, P) : null
    case 'within': {
      const from = ctx.anchor ?? P
      return from && m.amount !== null && m.unit ? within(m.amount, m.unit, from) : null
    }
    case 'until': {
      if (!P) return null
      const target = resolveMeaning(m.target, { ...ctx, direction: 'future' })
      if (!target) return null
      return compareDays(parseDay(target.end)!, P) >= 0 ? range(P, parseDay(target.end)!) : target
    }
    case 'range': {
      const from = resolveMeaning(m.from, ctx)
      const to = resolveMeaning(m.to, ctx)
      if (!from || !to) return null
      if (to.end >= from.start) return { start: from.start, end: to.end }
      // "from Friday to Monday" told in the past: the Monday after that Friday; but "will between June and last
      // Friday" (June 2026, the Friday a week on still in 2025) is no range at all
      const weekOn = addDays(parseDay(to.end)!, 7)
      if (m.to.type === 'weekday' && compareDays(weekOn, parseDay(from.start)!) >= 0) return { start: from.start, end: range(weekOn, weekOn).end }
      return null
    }
    case 'time':
      return ctx.anchor ? range(ctx.anchor, ctx.anchor) : null
    // resolved in dates.ts from the dates told before it, or the day the story gives the event
    case 'anaphor':
    case 'event':
      return null
    case 'age':
    case 'none':
      return null
  }
}
