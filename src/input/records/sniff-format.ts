// Standard input has no name to go by: its first line tells records from an article.
//
//   {"id": 1, "text": "…"}⏎ …     NDJSON: the first line is a whole JSON object
//   [ {"id": 1, …                  a JSON array of objects
//   “We will,” she said. …         neither: an article (text, or a page: read-article.ts decides)
//   {This is not JSON} …           neither
// CSV is never guessed (any text with a comma in its first line would be one): --input-format csv says it.
import type { RecordFormat } from './record-format'

/** How much of standard input is looked at, at most, for the end of the first line. */
export const SNIFF_LIMIT = 1024 * 1024

export function sniffRecordFormat(head: Uint8Array): Extract<RecordFormat, 'ndjson' | 'json'> | null {
  const text = decodeHead(head.subarray(0, SNIFF_LIMIT)).replace(/^\ufeff/, '').trimStart()
  if (text.startsWith('[')) return /^\[\s*\{/.test(text) ? 'json' : null
  if (!text.startsWith('{')) return null
  const end = text.indexOf('\n')
  try {
    const value: unknown = JSON.parse(end < 0 ? text : text.slice(0, end))
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? 'ndjson' : null
  } catch {
    return null
  }
}

/** UTF-16 when a byte-order mark says so (a spreadsheet's "Unicode text"), else UTF-8. */
function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16le').decode(Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2))).swap16())
  return new TextDecoder('utf-8').decode(bytes)
}
