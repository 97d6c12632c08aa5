// A JSON array of records → its elements one by one, each with its place in the array (1 for the first),
// parsed as the bytes arrive (stream-json): an export of a million articles is never held whole.
//
//   [ {"id": "a", "text": "…"}, {"id": "b", "body": "…"}, 17 ]
//       → #1 the object, #2 the object, #3 "not a JSON object"
//   {"articles": […]}  → "not a JSON array of records (it holds an object; --input-format ndjson for one a line)"
//   [ {"id": "a", …}, {"id": "b"  (cut off) → #1, then "#2: not JSON from here on …": the rest is not read
import { Readable } from 'node:stream'
import StreamArray from 'stream-json/streamers/StreamArray'
import { streamItems } from './stream-items'

export type ArrayItem = { index: number; value: Record<string, unknown> } | { index: number; problem: string; fatal?: true }

export async function* jsonArrayItems(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ArrayItem> {
  const pipeline = StreamArray.withParser()
  const input = Readable.from(chunks, { objectMode: false })
  input.on('error', (error) => pipeline.destroy(error))
  input.pipe(pipeline)
  let index = 1
  for await (const step of streamItems<{ key: number; value: unknown }>(pipeline)) {
    if ('error' in step) {
      const message = step.error.message.split('\n')[0]
      if (/top-level object should be an array/i.test(message)) {
        yield { index: 0, problem: 'not a JSON array of records (--input-format ndjson reads one object a line)', fatal: true }
      } else {
        yield { index, problem: 'not JSON from here on (cut off, or broken); the rest of the file is not read', fatal: true }
      }
      return
    }
    const { value } = step.item
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) yield { index, value: value as Record<string, unknown> }
    else yield { index, problem: 'not a JSON object' }
    index++
  }
}
