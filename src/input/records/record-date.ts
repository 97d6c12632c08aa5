// A record's date field → the publication day, YYYY-MM-DD, as the export wrote it:
//
//   "2025-08-19", "2025-08-19T23:30:00-04:00", "2025-08-19 10:00"    ISO 8601: the day as written
//   "20250819"                                                         ISO 8601 basic
//   "Tue, 19 Aug 2025 10:00:00 +0000", "19 Aug 2025 10:00 GMT"         RFC 2822 (RSS pubDate): the day as written
//   1755600000, "1755600000"                                           epoch seconds: the day in UTC
//   1755600000000, "1755600000000"                                     epoch milliseconds: the day in UTC
//
// A timestamp with a zone is read as the day in that zone ("2025-08-19T23:30:00-04:00" is the 19th where it
// was published, though the 20th in UTC): that is the day a reader of the article saw on it.
import { isoDay } from '../metadata'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]\d{2}:\d{2})/
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})$/
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const RFC_2822 = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?)?$/i
/** Seconds below this are seconds (up to the year 5138); above, milliseconds. */
const MILLISECONDS_FROM = 1e11

export function recordDate(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? epochDay(value) : null
  if (typeof value !== 'string') return null
  const text = value.trim()
  const iso = ISO.exec(text) ?? ISO_BASIC.exec(text)
  if (iso) return isoDay(+iso[1], +iso[2], +iso[3])
  if (/^\d{9,13}(?:\.\d+)?$/.test(text)) return epochDay(Number(text))
  const rfc = RFC_2822.exec(text)
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1
    return month > 0 ? isoDay(+rfc[3], month, +rfc[1]) : null
  }
  return null
}

function epochDay(value: number): string | null {
  const ms = Math.abs(value) >= MILLISECONDS_FROM ? value : value * 1000
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  return Number.isNaN(year) || year < 1000 || year > 9999 ? null : date.toISOString().slice(0, 10)
}
