// One line of `analyze --format ndjson` output, read back: an article's analysis, the record of an input
// that failed, or something else (a line of another file given by mistake).
//
//   {"schemaVersion": 1, "source": "a.txt", "speakers": […], "quotes": […], "stats": {…}, …}  → article
//   {"source": "photo.txt", "error": "binary file (not text)"}                              → failure
//   {"id": 7, "text": "…"}                                                                   → neither
import type { Analysis, ErrorRecord } from '../model'

export type ResultLine = { kind: 'article'; analysis: Analysis } | { kind: 'failure'; record: ErrorRecord } | { kind: 'other'; problem: string }

export function readResultLine(value: Record<string, unknown>): ResultLine {
  if (typeof value.source === 'string' && typeof value.error === 'string') {
    const id = value.id
    const record: ErrorRecord = { source: value.source, error: value.error }
    if (typeof id === 'string' || id === null) record.id = id
    return { kind: 'failure', record }
  }
  const stats = value.stats as { words?: unknown } | undefined
  if (value.schemaVersion === 1 && typeof value.source === 'string' && Array.isArray(value.speakers) && Array.isArray(value.quotes) && typeof stats?.words === 'number') {
    return { kind: 'article', analysis: value as unknown as Analysis }
  }
  if (typeof value.schemaVersion === 'number' && value.schemaVersion !== 1) return { kind: 'other', problem: `a result of schema version ${value.schemaVersion}, which this version does not read` }
  return { kind: 'other', problem: 'not a result of analyze --format ndjson (an article with "schemaVersion", or {"source", "error"})' }
}
