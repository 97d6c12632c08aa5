// NDJSON bytes → one JSON value a line, each with its line number, read as the bytes arrive: the first
// record is handed on before the second line is even read, and a line is never held longer than it takes
// to parse it.
//
//   {"id": 1, "text": "…"}\n          line 1: the object
//   \n                                 line 2: blank, skipped (still counted, so numbers match an editor's)
//   {"id": 3, "text": "…\n            line 3: "not JSON"
//   [1, 2]\n                           line 4: "not a JSON object"
//
// Each line is decoded on its own, as a file would be: UTF-8, else Windows-1252 (an old export's “quotes”).
// A line longer than --max-bytes is refused without being gathered: its bytes are skipped to the next line.
import { decodeWindows1252 } from '../windows-1252'
import { formatBytes } from '../byte-size'

export type NdjsonLine =
  | { line: number; value: Record<string, unknown>; encoding: 'utf-8' | 'windows-1252' }
  | { line: number; problem: string }

const NEWLINE = 0x0a
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export async function* ndjsonLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<NdjsonLine> {
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  let skipping = false // inside a line that is already too long
  let line = 1
  for await (const chunk of chunks) {
    let start = 0
    while (start < chunk.length) {
      const end = chunk.indexOf(NEWLINE, start)
      const piece = chunk.subarray(start, end < 0 ? chunk.length : end)
      if (!skipping) {
        pending.push(piece)
        pendingBytes += piece.length
        if (pendingBytes > maxBytes) {
          skipping = true
          pending = []
          yield { line, problem: `too large: more than --max-bytes ${formatBytes(maxBytes)} on one line` }
        }
      }
      if (end < 0) break
      if (!skipping) {
        const parsed = parseLine(Buffer.concat(pending, pendingBytes), line)
        if (parsed) yield parsed
      }
      pending = []
      pendingBytes = 0
      skipping = false
      line++
      start = end + 1
    }
  }
  if (!skipping && pendingBytes > 0) {
    const parsed = parseLine(Buffer.concat(pending, pendingBytes), line)
    if (parsed) yield parsed
  }
}

/** One line → its object, a problem, or null for a blank line. */
export function parseLine(bytes: Uint8Array, line: number): NdjsonLine | null {
  let text: string
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8'
  try {
    text = UTF8.decode(bytes)
  } catch {
    const windows = decodeWindows1252(bytes)
    if (windows === null) return { line, problem: 'not text in UTF-8 or Windows-1252' }
    text = windows
    encoding = 'windows-1252'
  }
  if (text.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { line, problem: 'not JSON' }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { line, problem: 'not a JSON object' }
  return { line, value: value as Record<string, unknown>, encoding }
}
