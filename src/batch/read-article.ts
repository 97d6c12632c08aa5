// One input item → its decoded text, or the record of why it cannot be analysed.
// The reading and decoding rules are the input layer's (src/input/read.ts); this adds --max-bytes,
// checked before a file is read, so a 2 GB log dropped among the articles is refused without loading it.
import { promises as fs } from 'node:fs'
import { readInput } from '../input/read'
import type { InputItem } from './input-items'
import type { ErrorRecord } from './records'

export type ReadResult = { ok: true; source: string; text: string; encoding?: string } | { ok: false; record: ErrorRecord }

export interface ReadOptions {
  maxBytes: number
  /** Reads all of standard input (the CLI's; this module never touches `process`). */
  readStdin?: () => Promise<Uint8Array>
}

export async function readArticle(item: InputItem, options: ReadOptions): Promise<ReadResult> {
  if (item.kind === 'failure') return { ok: false, record: { source: item.source, error: item.error } }
  let readStdin = options.readStdin
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
  }
  const result = await readInput(item.source, { readStdin })
  if (!result.ok) return { ok: false, record: { source: item.source, error: result.error.message } }
  return { ok: true, source: item.source, text: result.input.text, encoding: result.input.encoding }
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

/** 1048576 → "1 MiB"; 1536 → "1.5 KiB"; 900 → "900 bytes". */
export function formatBytes(bytes: number): string {
  const units = [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`
  }
  return `${bytes} bytes`
}
