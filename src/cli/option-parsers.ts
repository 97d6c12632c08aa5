// Values of options, checked as commander reads them: a bad value becomes commander's usage error
// ("analyze: option '--date <YYYY-MM-DD>' argument 'nonsense' is invalid. …"), exit code 2.
import { InvalidArgumentError } from 'commander'
import { MAX_WIDTH, MIN_WIDTH } from './width'

/** "2025-08-19" → "2025-08-19"; "2025-02-30", "19/08/2025" and "nonsense" are refused. */
export function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match) {
    const [year, month, day] = match.slice(1).map(Number)
    const date = new Date(Date.UTC(year, month - 1, day))
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    if (real) return value
  }
  throw new InvalidArgumentError('Expected a real day as YYYY-MM-DD, e.g. 2025-08-19.')
}

/** "120" → 120; "wide", "0", "12.5" and anything outside 40–1000 are refused. */
export function parseWidth(value: string): number {
  const width = /^\d+$/.test(value) ? Number(value) : NaN
  if (Number.isInteger(width) && width >= MIN_WIDTH && width <= MAX_WIDTH) return width
  throw new InvalidArgumentError(`Expected a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}.`)
}

export const MAX_JOBS = 256

/** "4" → 4; "0", "-1", "two" and more than 256 are refused. */
export function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN
  if (Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS) return jobs
  throw new InvalidArgumentError(`Expected a whole number of worker threads from 1 to ${MAX_JOBS}.`)
}

/** "txt" → ["txt"]; ".md,TXT" → ["md", "txt"]; "" and "a b" are refused. */
export function parseExtensions(value: string): string[] {
  const extensions = value.split(',').map((ext) => ext.trim().replace(/^\./, '').toLowerCase())
  if (extensions.length > 0 && extensions.every((ext) => /^[\p{L}\p{N}_.-]+$/u.test(ext))) return [...new Set(extensions)]
  throw new InvalidArgumentError('Expected file extensions separated by commas, e.g. txt or txt,md.')
}

/** "30" → 30000 (ms); "2.5" → 2500; "500ms" → 500; "0", "-1", "soon" and more than a day are refused. */
export function parseTimeout(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(value.trim())
  const ms = match ? Math.round(Number(match[1]) * (match[2]?.toLowerCase() === 'ms' ? 1 : 1000)) : NaN
  if (Number.isFinite(ms) && ms >= 1 && ms <= 86_400_000) return ms
  throw new InvalidArgumentError('Expected seconds, e.g. 30 or 2.5 (or milliseconds: 500ms), at most a day.')
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }

/** "1048576" → 1048576; "500k" → 512000; "2M" → 2097152; "1.5M" → 1572864; "0", "-1", "big" are refused. */
export function parseBytes(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim())
  const bytes = match ? Math.floor(Number(match[1]) * BYTE_UNITS[match[2].toLowerCase()]) : NaN
  if (Number.isFinite(bytes) && bytes >= 1) return bytes
  throw new InvalidArgumentError('Expected a size in bytes, optionally with k, M or G, e.g. 500k or 2M.')
}

/** "body" → "body"; "fields.bodyText" → "fields.bodyText"; "", " " and "a,b" are refused. */
export function parseFieldName(value: string): string {
  const name = value.trim()
  if (name !== '' && !name.includes(',')) return name
  throw new InvalidArgumentError('Expected the name of one field, e.g. body or fields.bodyText.')
}

/** "outlet,section" → ["outlet", "section"]; " a , b " → ["a", "b"]; "", "a,,b" are refused. */
export function parseFieldList(value: string): string[] {
  const names = value.split(',').map((name) => name.trim())
  if (names.every((name) => name !== '')) return [...new Set(names)]
  throw new InvalidArgumentError('Expected field names separated by commas, e.g. outlet,section.')
}
