// The batch driver: reads the inputs a few ahead, hands them to the engine, and passes each result on
// as it is ready — in completion order, or in input order with --sort.
//
// What it holds at any time is bounded, however many inputs there are: at most `2 × capacity` texts
// being read or analysed, and with --sort at most a window of results waiting for a slower one before
// them (when the window is full, no new input is started until the slow one is done). The inputs may be a
// stream (the records of standard input): the next is pulled only when there is room for it, and results
// are passed on while the driver waits for it.
import type { Analysis } from '../model'
import type { Engine } from './engine'
import type { InputItem } from './input-items'
import type { ReadResult } from './read-article'
import type { ErrorRecord } from '../model'
import { Reorder } from './reorder'
import { inputFacts, withInputFields } from './article-fields'

export type BatchResult =
  /**
   * `text`: the article's text, kept only when asked for (keepText). `warning`: something to tell the user that
   * did not stop the analysis, and `place`, how to name the input in it ("export.ndjson:7").
   */
  | { kind: 'article'; analysis: Analysis; text?: string; warning?: string; place?: string }
  /** An article a worker rendered in the output's format (the pool's `render`): written as it is. */
  | { kind: 'rendered'; output: string; warning?: string; place?: string }
  /** The input could not be read as an article: missing, binary, too large, a record without text, … */
  | { kind: 'failed'; record: ErrorRecord; place?: string }
  /** analyze() threw on it: our bug, not the input's fault. */
  | { kind: 'bug'; record: ErrorRecord; stack?: string; place?: string }

export interface BatchOptions {
  engine: Engine
  read(item: InputItem): Promise<ReadResult>
  /** Pass results on in input order rather than as they finish. */
  sort: boolean
  /** Hand each article's text on with its analysis (the HTML report shows it); off, no text outlives its analysis. */
  keepText?: boolean
  /** Stops the batch: no new input is started and work in progress is dropped. */
  signal?: AbortSignal
  onResult(result: BatchResult, index: number): void
  /** Called as each input is done, before any reordering, with the number done so far. */
  onProgress?(done: number): void
  /** Awaited before each new input is started: the output's reader catching up (back-pressure). */
  ready?(): Promise<void>
}

/** How many results --sort may hold waiting for an earlier one, per article analysed at once. */
const SORT_WINDOW_PER_SLOT = 16

export async function runBatch(items: Iterable<InputItem> | AsyncIterable<InputItem>, options: BatchOptions): Promise<{ stopped: boolean }> {
  const { engine, signal } = options
  const stopped = () => signal?.aborted === true
  const maxRunning = engine.capacity * 2
  const window = Math.max(32, engine.capacity * SORT_WINDOW_PER_SLOT)
  // a stop while --sort passes on a run of held results (Ctrl-C as the first of them is written) ends the run there
  const reorder = options.sort ? new Reorder<BatchResult>((result, index) => {
    if (!stopped()) options.onResult(result, index)
  }) : null
  const running = new Set<Promise<void>>()
  let done = 0
  let fatal: { error: unknown } | null = null

  const start = (index: number, item: InputItem) => {
    const work = settle(item, options)
      .then((result) => {
        if (result === null || stopped()) return
        options.onProgress?.(++done)
        if (reorder) reorder.put(index, result)
        else options.onResult(result, index)
      })
      .catch((error: unknown) => {
        // dropped work after a stop is expected; anything else stops the batch, once
        if (!stopped()) fatal ??= { error }
      })
      .finally(() => running.delete(work))
    running.add(work)
  }

  // a stop also ends the wait for the next input (standard input may be silent for a long time)
  let onStop: () => void = () => {}
  const stopping = new Promise<null>((resolve) => (onStop = () => resolve(null)))
  const onAbort = () => {
    onStop()
    void engine.stop()
  }
  signal?.addEventListener('abort', onAbort, { once: true })
  const iterator = isAsync(items) ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()
  try {
    let next = 0
    while (!stopped() && !fatal) {
      const windowFull = reorder !== null && next >= reorder.nextIndex + window
      if (running.size >= maxRunning || windowFull) {
        if (running.size === 0) throw new Error('the --sort window is full with nothing running') // cannot happen: the one awaited is running
        await Promise.race(running)
        continue
      }
      if (options.ready) await Promise.race([options.ready(), stopping])
      if (stopped()) break
      const step = await Promise.race([iterator.next(), stopping])
      if (step === null || step.done) break
      start(next++, step.value)
    }
    await Promise.all(running)
  } finally {
    signal?.removeEventListener('abort', onAbort)
    // closes a file of records left half read (a stop, a failure)
    void iterator.return?.()
  }
  if (fatal) throw (fatal as { error: unknown }).error
  return { stopped: stopped() }
}

function isAsync(items: Iterable<InputItem> | AsyncIterable<InputItem>): items is AsyncIterable<InputItem> {
  return Symbol.asyncIterator in items
}

async function settle(item: InputItem, options: BatchOptions): Promise<BatchResult | null> {
  const read = await options.read(item)
  if (!read.ok) return read.place ? { kind: 'failed', record: read.record, place: read.place } : { kind: 'failed', record: read.record }
  if (options.signal?.aborted) return null
  const published = read.record?.published ?? read.page?.published ?? null
  const input = inputFacts(read)
  const outcome = await options.engine.analyze({ source: read.source, text: read.text, published, ...(input ? { input } : {}) })
  // the encoding the bytes were read in ("windows-1252" for an old export) and what a page says go with the article
  if (outcome.ok) {
    const notes = read.warning ? { warning: read.warning, place: read.place ?? read.source } : {}
    if ('rendered' in outcome) return { kind: 'rendered', output: outcome.rendered, ...notes }
    const analysis = withInputFields(outcome.analysis, read)
    return options.keepText ? { kind: 'article', analysis, text: read.text, ...notes } : { kind: 'article', analysis, ...notes }
  }
  return { kind: 'bug', record: { source: read.source, error: `could not be analysed (a bug in analyze): ${outcome.bug}` }, stack: outcome.stack, ...(read.place ? { place: read.place } : {}) }
}
