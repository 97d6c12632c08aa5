// A file of records (or standard input) → one item a record, in order, read as the bytes arrive: the
// article each record holds, or why it cannot be analysed, named by file and line as a compiler would.
//
//   export.ndjson line 17, {"id": "a7", "text": "…"}   → source "export.ndjson#17", place "export.ndjson:17", id "a7"
//   export.csv row starting on line 4 without text     → place "export.csv:4", "no text field (tried text, body, …)"
//   export.json, the array's 3rd element                → source and place "export.json#3" (an array has no lines)
//   standard input                                      → "-#17", "<stdin>:17"
import { formatBytes } from '../byte-size'
import { displayName } from '../input-error'
import { csvRows } from './csv-rows'
import { jsonArrayItems } from './json-array-items'
import { ndjsonLines } from './ndjson-lines'
import { recordBytes } from './record-bytes'
import { recordArticle, type FieldOptions, type RecordArticle } from './record-fields'
import type { RecordFormat } from './record-format'
import { textChunks } from './text-chunks'

export interface RecordReadOptions extends FieldOptions {
  /** --max-bytes, for each record's line or text. */
  maxBytes: number
}

export type RecordItem =
  | { ok: true; source: string; place: string; article: RecordArticle; encoding: string }
  | { ok: false; source: string; place: string; error: string; id?: string }

/** What a record reader gives: a record's fields, or a problem with it; `at` is its line or its place in an array. */
type Raw = { at: number; value: Record<string, unknown>; encoding: string } | { at: number; problem: string }

export async function* readRecords(name: string, format: RecordFormat, bytes: AsyncIterable<Uint8Array>, options: RecordReadOptions): AsyncGenerator<RecordItem> {
  const counted = countBytes(bytes)
  const separator = format === 'json' ? '#' : ':'
  const where = (at: number) => ({ source: `${name}#${at}`, place: `${displayName(name)}${separator}${at}` })
  const whole = { source: name, place: displayName(name) }
  let records = 0
  try {
    for await (const raw of rawRecords(format, counted.chunks, options.maxBytes)) {
      if (counted.total() === 0) break // an empty file: said below
      records++
      if (raw.at === 0) {
        yield { ok: false, ...whole, error: 'problem' in raw ? raw.problem : 'not records' }
        continue
      }
      if ('problem' in raw) {
        yield { ok: false, ...where(raw.at), error: raw.problem, id: String(raw.at) }
        continue
      }
      const found = recordArticle(raw.value, options)
      // a record without an id of its own is known by its line (or place in the array)
      const id = (found.ok ? found.article.id : found.id) ?? String(raw.at)
      const place = where(raw.at)
      if (!found.ok) yield { ok: false, ...place, error: found.error, id }
      else if (Buffer.byteLength(found.article.text) > options.maxBytes) {
        yield { ok: false, ...place, error: `too large: a text of more than --max-bytes ${formatBytes(options.maxBytes)}`, id }
      } else yield { ok: true, ...place, article: { ...found.article, id }, encoding: raw.encoding }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    yield { ok: false, ...whole, error: `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}); the rest is not read` }
    return
  }
  if (records === 0) yield { ok: false, ...whole, error: counted.total() === 0 ? (name === '-' ? 'empty input' : 'empty file') : 'no records in it' }
}

async function* rawRecords(format: RecordFormat, source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Raw> {
  const { encoding, chunks } = await recordBytes(source)
  if (format === 'ndjson') {
    for await (const line of ndjsonLines(chunks, maxBytes)) {
      yield 'problem' in line ? { at: line.line, problem: line.problem } : { at: line.line, value: line.value, encoding: encoding === 'utf-8' ? line.encoding : encoding }
    }
  } else if (format === 'json') {
    for await (const item of jsonArrayItems(chunks)) {
      yield 'problem' in item ? { at: item.index, problem: item.problem } : { at: item.index, value: item.value, encoding }
    }
  } else {
    const text = await textChunks(chunks)
    const fileEncoding = encoding === 'utf-8' ? text.encoding : encoding
    for await (const row of csvRows(text.text, format === 'tsv' ? '\t' : ',')) {
      yield 'problem' in row ? { at: row.line, problem: row.problem } : { at: row.line, value: row.value, encoding: fileEncoding }
    }
  }
}

function countBytes(source: AsyncIterable<Uint8Array>): { chunks: AsyncIterable<Uint8Array>; total(): number } {
  let total = 0
  async function* chunks() {
    for await (const chunk of source) {
      total += chunk.length
      yield chunk
    }
  }
  return { chunks: chunks(), total: () => total }
}
