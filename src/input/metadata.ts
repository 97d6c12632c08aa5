// What an article says about itself on its first lines: a publication date and a headline.
//
//   " date 2025-08-19 US president Donald Trump greets …"   a metadata line: published 2025-08-19
//   "Friday, January 4, 2019"                               a dateline (Wikinews): published 2019-01-04
//   "Dock strike hits Acme Corp profit\n\nQuarterly …"      a headline (BBC): the title
import type { Span } from '../model'

export interface ArticleMetadata {
  title: string | null
  published: string | null
  /** Text that is metadata, not article: the "date 2025-08-19" marker or the dateline. */
  marker: Span | null
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const METADATA_DATE = /^\s*date:?\s+(\d{4})-(\d{2})-(\d{2})\b/i
const DATELINE = /^\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:([a-z]+)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]+),?\s+(\d{4}))\s*$/i
const ISO_LINE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/

/** "2019-01-04" when the parts make a real day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.toISOString().slice(0, 10)
}

function datelineDay(line: string): string | null {
  const iso = ISO_LINE.exec(line)
  if (iso) return isoDay(+iso[1], +iso[2], +iso[3])
  const m = DATELINE.exec(line)
  if (!m) return null
  const month = MONTHS.indexOf((m[1] ?? m[5]).toLowerCase()) + 1
  if (month === 0) return null
  return isoDay(+(m[3] ?? m[6]), month, +(m[2] ?? m[4]))
}

function firstLine(text: string): Span | null {
  const start = text.search(/\S/)
  if (start < 0) return null
  const rest = text.slice(start)
  const length = rest.search(/\r\n|\r|\n/)
  const line = length < 0 ? rest : rest.slice(0, length)
  const trimmed = line.trimEnd()
  return { text: trimmed, start, end: start + trimmed.length }
}

/** A headline: a short first line on its own, without a closing full stop or quote marks. */
function looksLikeHeadline(line: Span, text: string): boolean {
  const words = line.text.split(/\s+/).length
  const followedByBlank = /^\s*(\r\n|\r|\n)\s*(\r\n|\r|\n)/.test(text.slice(line.end))
  return words >= 2 && words <= 16 && followedByBlank && !/[.!?:;,"“”]$/.test(line.text) && !/[“”"]/.test(line.text)
}

export function readMetadata(text: string): ArticleMetadata {
  const line = firstLine(text)
  if (!line) return { title: null, published: null, marker: null }
  const meta = METADATA_DATE.exec(line.text)
  if (meta) {
    const end = line.start + meta[0].length
    const published = isoDay(+meta[1], +meta[2], +meta[3])
    const markerStart = line.start + meta[0].search(/\S/)
    return { title: null, published, marker: { text: text.slice(markerStart, end), start: markerStart, end } }
  }
  const dateline = datelineDay(line.text)
  if (dateline) return { title: null, published: dateline, marker: line }
  return { title: looksLikeHeadline(line, text) ? line.text : null, published: null, marker: null }
}
