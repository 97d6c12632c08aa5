// The batch driver with a fake engine whose articles finish when the test says so.
import type { Analysis } from '../../src/model'
import type { Engine, Outcome, Task } from '../../src/batch/engine'
import type { InputItem } from '../../src/batch/input-items'
import { runBatch, type BatchResult } from '../../src/batch/run-batch'
import type { ReadResult } from '../../src/batch/read-article'

const analysis = (source: string) => ({ source }) as unknown as Analysis

/** An engine that answers after a delay per source (turns of the event loop), and remembers how many ran at once. */
function delayedEngine(capacity: number, delays: Record<string, number>, fail: string[] = []): Engine & { maxAtOnce: number; stopped: boolean } {
  let running = 0
  const engine = {
    capacity,
    maxAtOnce: 0,
    stopped: false,
    async analyze(task: Task): Promise<Outcome> {
      running++
      engine.maxAtOnce = Math.max(engine.maxAtOnce, running)
      // (turns of the event loop, not milliseconds: the order articles finish in stays the same on a loaded machine)
      for (let turn = 0; turn < (delays[task.source] ?? 1); turn++) await new Promise((resolve) => setImmediate(resolve))
      running--
      if (fail.includes(task.source)) return { ok: false, bug: 'cannot read properties of undefined' }
      return { ok: true, analysis: analysis(task.source) }
    },
    async stop() {
      engine.stopped = true
    },
  }
  return engine
}

const files = (...names: string[]): InputItem[] => names.map((source) => ({ kind: 'file', source }))
const read = async (item: InputItem): Promise<ReadResult> =>
  item.kind === 'failure' ? { ok: false, record: { source: item.source, error: item.error } } : { ok: true, source: item.source, text: 'text' }

function collect() {
  const results: Array<[number, string]> = []
  const onResult = (result: BatchResult, index: number) => {
    results.push([index, result.kind === 'article' ? result.analysis.source : result.kind === 'rendered' ? result.output : `${result.record.source}: ${result.record.error}`])
  }
  return { results, onResult }
}

describe('runBatch', () => {
  const delays = { a: 60, b: 5, c: 30, d: 1 }

  it('hands the engine what the reading learnt, and passes on an article the engine rendered as it is, with its warning', async () => {
    const tasks: Task[] = []
    const rendering: Engine = {
      capacity: 2,
      async analyze(task) {
        tasks.push(task)
        return { ok: true, rendered: `{"source":"${task.source}"}\n` }
      },
      async stop() {},
    }
    const readFacts = async (item: InputItem): Promise<ReadResult> =>
      item.source === 'old.txt'
        ? { ok: true, source: item.source, text: 'caf\u00e9', encoding: 'windows-1252', warning: 'read as windows-1252' }
        : item.source === 'r.ndjson:2'
          ? { ok: true, source: item.source, text: 'text', record: { id: 'r2', published: null, title: 'Storm', url: null }, place: 'r.ndjson:2' }
          : { ok: true, source: item.source, text: 'text' }
    const results: BatchResult[] = []
    await runBatch(files('plain.txt', 'old.txt', 'r.ndjson:2'), { engine: rendering, read: readFacts, sort: true, onResult: (result) => results.push(result) })
    expect(tasks.map((task) => task.input)).toEqual([undefined, { encoding: 'windows-1252' }, { record: { id: 'r2', published: null, title: 'Storm', url: null } }])
    // a plain file has no facts to send: no key at all, so nothing more crosses to a worker
    expect('input' in tasks[0]).toBe(false)
    expect(results).toEqual([
      { kind: 'rendered', output: '{"source":"plain.txt"}\n' },
      { kind: 'rendered', output: '{"source":"old.txt"}\n', warning: 'read as windows-1252', place: 'old.txt' },
      { kind: 'rendered', output: '{"source":"r.ndjson:2"}\n' },
    ])
  })

  it('passes results on as they finish by default', async () => {
    const { results, onResult } = collect()
    await runBatch(files('a', 'b', 'c', 'd'), { engine: delayedEngine(4, delays), read, sort: false, onResult })
    expect(results.map(([, source]) => source)).toEqual(['d', 'b', 'c', 'a'])
  })

  it('passes them on in input order with sort, each with its index', async () => {
    const { results, onResult } = collect()
    await runBatch(files('a', 'b', 'c', 'd'), { engine: delayedEngine(4, delays), read, sort: true, onResult })
    expect(results).toEqual([[0, 'a'], [1, 'b'], [2, 'c'], [3, 'd']])
  })

  it('gives input failures and bugs their own results and goes on', async () => {
    const { results, onResult } = collect()
    const items: InputItem[] = [...files('a'), { kind: 'failure', source: 'x', error: 'no files match this pattern' }, ...files('b')]
    await runBatch(items, { engine: delayedEngine(2, {}, ['b']), read, sort: true, onResult })
    expect(results).toEqual([[0, 'a'], [1, 'x: no files match this pattern'], [2, 'b: could not be analysed (a bug in analyze): cannot read properties of undefined']])
  })

  it('keeps no more than twice the capacity running, and reports progress for each', async () => {
    const engine = delayedEngine(2, {})
    const progress: number[] = []
    const names = Array.from({ length: 20 }, (_, i) => `f${i}`)
    await runBatch(files(...names), { engine, read, sort: false, onResult: () => {}, onProgress: (n) => progress.push(n) })
    expect(engine.maxAtOnce).toBeLessThanOrEqual(4)
    expect(progress).toEqual(names.map((_, i) => i + 1))
  })

  it('holds a bounded window with sort: a slow first article stops new ones from starting', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `f${i}`)
    let started = 0
    const engine = delayedEngine(1, { f0: 80 })
    const counting = { ...engine, analyze: (task: Task) => (started++, engine.analyze(task)) }
    let startedWhenFirstCame = -1
    await runBatch(files(...names), {
      engine: counting, read, sort: true,
      onResult: (_r, index) => {
        if (index === 0) startedWhenFirstCame = started
      },
    })
    // the window is 32 results for one slot: more than that would pile up waiting for f0
    expect(startedWhenFirstCame).toBeLessThanOrEqual(33)
    expect(startedWhenFirstCame).toBeGreaterThan(1)
  })

  it('stops starting new articles when aborted, stops the engine, and drops what was in progress', async () => {
    const controller = new AbortController()
    const engine = delayedEngine(1, {})
    const { results, onResult } = collect()
    const names = Array.from({ length: 50 }, (_, i) => `f${i}`)
    const run = runBatch(files(...names), {
      engine, read, sort: false, signal: controller.signal,
      onResult: (result, index) => {
        onResult(result, index)
        if (index === 2) controller.abort('interrupt')
      },
    })
    await expect(run).resolves.toEqual({ stopped: true })
    expect(engine.stopped).toBe(true)
    expect(results.length).toBe(3)
  })

  it('with sort, a stop as a held run is passed on ends the run there', async () => {
    // a is slow, so b, c and d are held; they all leave when a arrives, and the first write aborts
    const controller = new AbortController()
    const { results, onResult } = collect()
    const run = runBatch(files('a', 'b', 'c', 'd'), {
      engine: delayedEngine(4, delays), read, sort: true, signal: controller.signal,
      onResult: (result, index) => {
        onResult(result, index)
        controller.abort('interrupt')
      },
    })
    await expect(run).resolves.toEqual({ stopped: true })
    expect(results).toEqual([[0, 'a']])
  })

  it('rejects once with a fatal engine error, after everything running has settled', async () => {
    let calls = 0
    const engine: Engine = {
      capacity: 2,
      analyze: async () => {
        calls++
        throw new Error('a worker thread could not start: Cannot find module')
      },
      stop: async () => {},
    }
    await expect(runBatch(files('a', 'b', 'c', 'd', 'e'), { engine, read, sort: false, onResult: () => {} })).rejects.toThrow('could not start')
    expect(calls).toBeLessThan(5)
  })

  it('takes its inputs from a stream: results are passed on while it waits for the next input', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const seenBeforeSecond: string[] = []
    const { results, onResult } = collect()
    async function* stream(): AsyncGenerator<InputItem> {
      yield { kind: 'file', source: 'first' }
      await gate // the next record has not arrived yet
      seenBeforeSecond.push(...results.map(([, source]) => source))
      yield { kind: 'file', source: 'second' }
    }
    const run = runBatch(stream(), { engine: delayedEngine(2, {}), read, sort: true, onResult })
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    await run
    expect(seenBeforeSecond).toEqual(['first'])
    expect(results).toEqual([[0, 'first'], [1, 'second']])
  })

  it('a stop ends the wait for an input that does not come (standard input left open, nothing more on it)', async () => {
    const controller = new AbortController()
    async function* silent(): AsyncGenerator<InputItem> {
      yield { kind: 'file', source: 'only' }
      await new Promise(() => {})
    }
    const run = runBatch(silent(), {
      engine: delayedEngine(1, {}), read, sort: true, signal: controller.signal,
      onResult: () => controller.abort('output-closed'),
    })
    await expect(run).resolves.toEqual({ stopped: true })
  })

  it('starts no new input while the output is not ready (a slow reader of the results)', async () => {
    let open = false
    let release: () => void = () => {}
    const ready = () => (open ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve)))
    const engine = delayedEngine(2, {})
    const { results, onResult } = collect()
    const run = runBatch(files('a', 'b', 'c'), { engine, read, sort: true, onResult, ready })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(results).toEqual([]) // held before the first input
    open = true
    release()
    await run
    expect(results.map(([, source]) => source)).toEqual(['a', 'b', 'c'])
  })
})
