// The objects a parsing stream gives, then how it ended: every object it parsed before an error is handed
// on first. (Iterating a stream with `for await` drops what it had buffered when it fails, so the records
// before a cut-off line would be lost without a word.) Reads with back-pressure: the stream is paused while
// the consumer is behind.
import type { Readable } from 'node:stream'

export type StreamItem<T> = { item: T } | { error: Error }

const HIGH_WATER = 16

export async function* streamItems<T>(stream: Readable): AsyncGenerator<StreamItem<T>> {
  const queue: T[] = []
  let finished: { error: Error | null } | null = null
  let wake: (() => void) | null = null
  const notify = () => {
    wake?.()
    wake = null
  }
  stream.on('data', (item: T) => {
    queue.push(item)
    if (queue.length >= HIGH_WATER) stream.pause()
    notify()
  })
  stream.once('end', () => {
    finished ??= { error: null }
    notify()
  })
  stream.on('error', (error: Error) => {
    finished ??= { error }
    notify()
  })
  try {
    for (;;) {
      if (queue.length > 0) {
        yield { item: queue.shift() as T }
        if (queue.length < HIGH_WATER / 2 && stream.isPaused()) stream.resume()
        continue
      }
      const end = finished as { error: Error | null } | null
      if (end) {
        if (end.error) yield { error: end.error }
        return
      }
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    if (!finished) stream.destroy()
  }
}
