// A date as pages state it in their metadata → `YYYY-MM-DD`, the day as the publisher wrote it.
//
//   "2019-11-20T06:01:07-08:00"        → 2019-11-20  (the publisher's own day, not converted to UTC)
//   "2019/11/20", "20191120"           → 2019-11-20
//   "Wed, 20 Nov 2019 14:01:07 GMT"    → 2019-11-20
//   "March 4, 2020 at 6:01 am"         → 2020-03-04
//   "yesterday", "2019-02-30", ""      → null
import { isoDay } from '../metadata'

const NUMERIC = /^\s*(\d{4})([-/.]?)(\d{2})\2(\d{2})(?!\d)/
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i')
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')

export function statedDate(value: string | null | undefined): string | null {
  if (!value) return null
  const numeric = NUMERIC.exec(value)
  if (numeric) return isoDay(+numeric[1], +numeric[3], +numeric[4])
  const dayFirst = DAY_MONTH_YEAR.exec(value)
  if (dayFirst) return isoDay(+dayFirst[3], MONTHS.indexOf(dayFirst[2].toLowerCase()) + 1, +dayFirst[1])
  const monthFirst = MONTH_DAY_YEAR.exec(value)
  if (monthFirst) return isoDay(+monthFirst[3], MONTHS.indexOf(monthFirst[1].toLowerCase()) + 1, +monthFirst[2])
  return null
}
