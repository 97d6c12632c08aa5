// Standard input, read once but in the way each use needs: its first line looked at (is it records?),
// then either gathered whole (an article) or handed on chunk by chunk as it arrives (records: the line
// filter answers each record while the next is still on its way).
import { SNIFF_LIMIT } from '../input/records/sniff-format'

export interface StdinStream {
  /** All of standard input; the one way a context without a stream offers. */
  read(): Promise<Uint8Array>
  /** Standard input as it arrives (process.stdin). */
  chunks?(): AsyncIterable<Uint8Array>
}

export class StdinSource {
  private readonly head: Uint8Array[] = []
  private iterator: AsyncIterator<Uint8Array> | null = null
  private ended = false

  constructor(private readonly stdin: StdinStream) {}

  /**
   * The bytes up to the end of the first line that is not blank (or SNIFF_LIMIT, or the end); kept for whoever
   * reads next.
   */
  async firstLine(): Promise<Uint8Array> {
    if (!this.stdin.chunks) {
      if (this.head.length === 0) this.head.push(await this.stdin.read())
      this.ended = true
      return this.head[0]
    }
    this.iterator ??= this.stdin.chunks()[Symbol.asyncIterator]()
    let size = this.head.reduce((sum, chunk) => sum + chunk.length, 0)
    while (!this.ended && size < SNIFF_LIMIT && !hasFirstLine(Buffer.concat(this.head))) {
      const step = await this.iterator.next()
      if (step.done) this.ended = true
      else {
        this.head.push(step.value)
        size += step.value.length
      }
    }
    return Buffer.concat(this.head)
  }

  /** Everything, the bytes already looked at first. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    yield* this.head.splice(0)
    if (this.ended) return
    if (!this.stdin.chunks) {
      yield await this.stdin.read()
      return
    }
    this.iterator ??= this.stdin.chunks()[Symbol.asyncIterator]()
    for (let step = await this.iterator.next(); !step.done; step = await this.iterator.next()) yield step.value
  }

  /** All of it at once, as an article is read. */
  async read(): Promise<Uint8Array> {
    if (!this.stdin.chunks && this.head.length === 0) return this.stdin.read()
    const all: Uint8Array[] = []
    for await (const chunk of this.chunks()) all.push(chunk)
    return Buffer.concat(all)
  }
}

/** Whether the bytes hold a whole line with something on it: "\n\n{…}\n" does, "\n\n{…" not yet. */
function hasFirstLine(bytes: Buffer): boolean {
  const start = bytes.findIndex((byte) => byte !== 0x0a && byte !== 0x0d && byte !== 0x20 && byte !== 0x09)
  return start >= 0 && bytes.indexOf(0x0a, start) >= 0
}
