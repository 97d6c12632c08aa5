// The inputs with every file of records opened and read into one item a record, lazily: the batch driver
// pulls the next record only when it has room for it, so a 10 GB export (or an endless standard input)
// is read as fast as it is analysed, and never held.
//
//   [a.txt, export.ndjson, b.txt]  →  a.txt, export.ndjson#1, export.ndjson#2, …, b.txt
import { createReadStream, promises as fs } from 'node:fs'
import { describeFileSystemError } from './file-system'
import type { InputItem } from './input-items'
import { readRecords, type RecordReadOptions } from '../input/records/read-records'

export interface RecordSources extends RecordReadOptions {
  /** Standard input as it arrives (the CLI's; this module never touches `process`). */
  stdinChunks?: () => AsyncIterable<Uint8Array>
}

export async function* withRecords(items: Iterable<InputItem>, options: RecordSources): AsyncGenerator<InputItem> {
  for (const item of items) {
    if (item.kind !== 'records') {
      yield item
      continue
    }
    const bytes = item.source === '-' ? stdinBytes(options) : await fileBytes(item.source)
    if ('error' in bytes) {
      yield { kind: 'failure', source: item.source, error: bytes.error }
      continue
    }
    for await (const record of readRecords(item.source, item.format, bytes, options)) {
      if (record.ok) yield { kind: 'record', source: record.source, place: record.place, article: record.article, encoding: record.encoding }
      else yield { kind: 'failure', source: record.source, error: record.error, place: record.place, ...(record.id !== undefined ? { id: record.id } : {}) }
    }
  }
}

function stdinBytes(options: RecordSources): AsyncIterable<Uint8Array> | { error: string } {
  return options.stdinChunks ? options.stdinChunks() : { error: 'standard input cannot be read here' }
}

async function fileBytes(path: string): Promise<AsyncIterable<Uint8Array> | { error: string }> {
  try {
    const stats = await fs.stat(path)
    if (stats.isDirectory()) return { error: 'is a directory (give the files inside it)' }
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeFileSystemError(error) }
  }
  return createReadStream(path)
}
