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
