// Bytes of a CSV file (after record-bytes.ts: UTF-8, or without a byte-order mark the file's own) → text,
// in one encoding for the whole file, chosen from its first 64 KB: UTF-8 when they are valid UTF-8, else
// Windows-1252, the encoding of old spreadsheet exports ("Ms Lee said \x93no\x94").
import { decodeWindows1252 } from '../windows-1252'

const SNIFF_BYTES = 64 * 1024

export interface TextChunks {
  encoding: 'utf-8' | 'windows-1252'
  text: AsyncIterable<string>
}

/** Thrown (into the CSV reader) when bytes after the first 64 KB turn out not to be UTF-8. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8 text from here on, though the start of the file was')
  }
}

export async function textChunks(chunks: AsyncIterable<Uint8Array>): Promise<TextChunks> {
  const iterator = chunks[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let headBytes = 0
  let ended = false
  while (headBytes < SNIFF_BYTES) {
    const step = await iterator.next()
    if (step.done) {
      ended = true
      break
    }
    head.push(step.value)
    headBytes += step.value.length
  }
  const start = Buffer.concat(head, headBytes)
  if (!isUtf8Start(start, ended)) return { encoding: 'windows-1252', text: windows1252(start, iterator) }
  return { encoding: 'utf-8', text: utf8(start, iterator) }
}

/** Valid UTF-8, but for a character cut in two at the end of what was read. */
function isUtf8Start(bytes: Uint8Array, whole: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole })
    return true
  } catch {
    return false
  }
}

async function* utf8(start: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const decode = (bytes: Uint8Array, stream: boolean) => {
    try {
      return decoder.decode(bytes, { stream })
    } catch {
      throw new NotUtf8Error()
    }
  }
  yield decode(start, true)
  for (let step = await rest.next(); !step.done; step = await rest.next()) yield decode(step.value, true)
  yield decode(new Uint8Array(0), false)
}

async function* windows1252(start: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncIterable<string> {
  // one byte a character: chunks decode on their own; the five bytes the encoding leaves out become U+FFFD
  const decode = (bytes: Uint8Array) => decodeWindows1252(bytes) ?? Array.from(bytes, (b) => decodeWindows1252(Uint8Array.of(b)) ?? '\ufffd').join('')
  yield decode(start)
  for (let step = await rest.next(); !step.done; step = await rest.next()) yield decode(step.value)
}
