// A file of records as it streams in → bytes every record reader can take, and the encoding it was in.
//
// A byte-order mark settles the encoding as for an article (src/input/decode.ts): UTF-8's is dropped;
// UTF-16 (a spreadsheet's "Unicode text" export) is turned into UTF-8 on the way. Without one the bytes are
// passed on as they are: the NDJSON reader decodes each line (UTF-8, else Windows-1252, as for a file), and
// the CSV reader decides from the first 64 KB (text-chunks.ts).

export type RecordEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export interface RecordBytes {
  /** What a byte-order mark said; 'utf-8' when there was none. */
  encoding: RecordEncoding
  /** UTF-8 (or, without a mark, the file's own) bytes, the mark removed. */
  chunks: AsyncIterable<Uint8Array>
}

export async function recordBytes(source: AsyncIterable<Uint8Array>): Promise<RecordBytes> {
  const iterator = source[Symbol.asyncIterator]()
  // the first few bytes, to look for a mark (a chunk can in theory be a single byte)
  let head: Uint8Array = new Uint8Array(0)
  let ended = false
  while (head.length < 3 && !ended) {
    const step = await iterator.next()
    if (step.done) ended = true
    else head = concat(head, step.value)
  }
  const rest = ended ? emptyChunks() : remaining(iterator)
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', chunks: prepend(head.subarray(3), rest) }
  for (const [encoding, mark] of [['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]] as const) {
    if (startsWith(head, mark)) return { encoding, chunks: fromUtf16(prepend(head.subarray(2), rest), encoding) }
  }
  return { encoding: 'utf-8', chunks: prepend(head, rest) }
}

async function* fromUtf16(chunks: AsyncIterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be'): AsyncIterable<Uint8Array> {
  // big-endian: every byte pair swapped into little-endian, which every Node build decodes
  const decoder = new TextDecoder('utf-16le')
  let odd: number | null = null
  for await (let chunk of chunks) {
    if (encoding === 'utf-16be') {
      const bytes: Uint8Array = odd === null ? chunk : concat(Uint8Array.of(odd), chunk)
      odd = bytes.length % 2 === 1 ? bytes[bytes.length - 1] : null
      chunk = Buffer.from(bytes.subarray(0, bytes.length - (odd === null ? 0 : 1))).swap16()
    }
    yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8')
  }
  const last = decoder.decode()
  if (last) yield Buffer.from(last, 'utf8')
}

async function* prepend(head: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (head.length > 0) yield head
  yield* rest
}

async function* remaining(iterator: AsyncIterator<Uint8Array>): AsyncIterable<Uint8Array> {
  for (let step = await iterator.next(); !step.done; step = await iterator.next()) yield step.value
}

async function* emptyChunks(): AsyncIterable<Uint8Array> {}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.length === 0 ? b : Buffer.concat([a, b])
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte)
}
