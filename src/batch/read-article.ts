// One input item → its article text, or the record of why it cannot be analysed.
// The reading and decoding rules are the input layer's (src/input/read.ts, read-url.ts); this adds --max-bytes,
// checked before a file is read, so a 2 GB log dropped among the articles is refused without loading it, and
// turns a web page into its article (src/input/html, loaded only when a page comes along). A record of an
// export comes read already (record-items.ts); its text may itself be a page ({"body": "<html>…"}).
import { promises as fs } from 'node:fs'
import { readInput, type ArticleInput } from '../input/read'
import { formatBytes } from '../input/byte-size'
import type { PageFacts } from '../input/html/page-facts'
import { looksLikeHtml } from '../input/html/looks-like-html'
import type { RecordArticle } from '../input/records/record-fields'
import type { InputItem } from './input-items'
import type { ErrorRecord } from '../model'

/** What a record says about its article besides the text: joined to the analysis (article-fields.ts). */
export type RecordFacts = Omit<RecordArticle, 'text' | 'dateProblem'>

export type ReadResult =
  | {
      ok: true
      source: string
      /** The text the analyzer reads: the input itself, or a page's article body. */
      text: string
      encoding?: string
      /** What a web page says about its article; absent for a plain text. */
      page?: PageFacts
      /** A record's id, date, title, address and kept fields; absent for a file, standard input or a URL. */
      record?: RecordFacts
      /** Something the user should hear that does not stop the analysis ("date "soon" not read"). */
      warning?: string
      /** How messages name a record ("export.ndjson:17"). */
      place?: string
    }
  /** `place`: how messages name the input when that is not its source ("export.ndjson:3"). */
  | { ok: false; record: ErrorRecord; place?: string }

export interface ReadOptions {
  maxBytes: number
  /** Reads all of standard input (the CLI's; this module never touches `process`). */
  readStdin?: () => Promise<Uint8Array>
  /** --timeout, for a URL: the whole exchange, body included. */
  timeoutMs?: number
  /** Sent with every request: the tool's name and version. */
  userAgent?: string
}

export const DEFAULT_TIMEOUT_MS = 30_000

export async function readArticle(item: InputItem, options: ReadOptions): Promise<ReadResult> {
  if (item.kind === 'failure') {
    const record: ErrorRecord = { source: item.source, error: item.error, ...(item.id !== undefined ? { id: item.id } : {}) }
    return item.place ? { ok: false, record, place: item.place } : { ok: false, record }
  }
  if (item.kind === 'url') return readAddress(item.source, options)
  if (item.kind === 'record') return readRecord(item)
  if (item.kind === 'records') throw new Error('a file of records is read by withRecords (record-items.ts) before it gets here')
  let readStdin = options.readStdin
  let regularFile = false
  if (item.kind === 'stdin' && readStdin) {
    const bytes = await readStdin().catch((error: unknown) => error)
    if (bytes instanceof Uint8Array && bytes.length > options.maxBytes) return tooLarge(item.source, bytes.length, options.maxBytes)
    // hand the bytes (or the failure) on, so the input layer words the result as for any other input
    readStdin = async () => {
      if (bytes instanceof Uint8Array) return bytes
      throw bytes
    }
  } else if (item.kind === 'file') {
    const size = await fileSize(item.source)
    if (size !== null && size > options.maxBytes) return tooLarge(item.source, size, options.maxBytes)
    regularFile = size !== null
  }
  const result = await readInput(item.source, { readStdin, format: item.format, regularFile })
  if (!result.ok) return { ok: false, record: { source: item.source, error: result.error.message } }
  return articleOf(result.input, null)
}

async function readAddress(address: string, options: ReadOptions): Promise<ReadResult> {
  const { readUrl } = await import('../input/read-url')
  const result = await readUrl(address, {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes,
    userAgent: options.userAgent ?? 'analyze',
  })
  if (result.ok) return articleOf(result.input, result.address)
  const error = result.tooLarge ? `too large: more than --max-bytes ${formatBytes(options.maxBytes)}` : result.error.message
  return { ok: false, record: { source: address, error } }
}

/** A record's text, or the article body of the page it holds ({"body": "<html>…"}), with what the record says. */
async function readRecord(item: Extract<InputItem, { kind: 'record' }>): Promise<ReadResult> {
  const { text, dateProblem, ...facts } = item.article
  const warning = dateProblem ? { warning: `${dateProblem}; the text's own date is used` } : {}
  if (!looksLikeHtml(text)) return { ok: true, source: item.source, place: item.place, text, encoding: item.encoding, record: facts, ...warning }
  const { readPage } = await import('../input/html/read-page')
  const page = readPage(text, { address: facts.url })
  if (!page.ok) return { ok: false, record: { source: item.source, error: page.problem, ...(facts.id !== null ? { id: facts.id } : {}) }, place: item.place }
  const { text: body, ...pageFacts } = page.article
  return { ok: true, source: item.source, place: item.place, text: body, encoding: item.encoding, page: pageFacts, record: facts, ...warning }
}

/** A plain text as it is; a page → its article body and what the page says about it. */
async function articleOf(input: ArticleInput, address: string | null): Promise<ReadResult> {
  if (input.format === 'text') return { ok: true, source: input.source, text: input.text, encoding: input.encoding }
  const { readPage } = await import('../input/html/read-page')
  const page = readPage(input.text, { address })
  if (!page.ok) return { ok: false, record: { source: input.source, error: page.problem } }
  const { text, ...facts } = page.article
  return { ok: true, source: input.source, text, encoding: input.encoding, page: facts }
}

/** The size of a regular file, or null (missing, a FIFO, …: the reader reports those). */
async function fileSize(path: string): Promise<number | null> {
  try {
    const stats = await fs.stat(path)
    return stats.isFile() ? stats.size : null
  } catch {
    return null
  }
}

function tooLarge(source: string, size: number, maxBytes: number): ReadResult {
  return { ok: false, record: { source, error: `too large: ${formatBytes(size)}, more than --max-bytes ${formatBytes(maxBytes)}` } }
}

export { formatBytes }
