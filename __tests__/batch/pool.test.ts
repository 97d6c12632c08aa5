// The worker pool, with a stand-in worker written here (so crashes can be made on purpose), and once
// with the real dist/batch/worker.js against analyze() in this thread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PoolStopped, WorkerPool, type PoolOptions } from '../../src/batch/pool'
import type { Outcome, Task } from '../../src/batch/engine'
import type { WorkerSetup } from '../../src/batch/worker-messages'
import { analyze } from '../../src/analyze'
import { withInputFields } from '../../src/batch/article-fields'
import { createOutputStream } from '../../src/render/output-stream'
import { renderOptions } from '../../src/render/render-options'
import { assertBuildIsFresh, ROOT } from '../cli/built-binary'

jest.setTimeout(60_000)

// answers after `text` ms with its thread id; "crash" ends the thread, "throw" answers a bug; a section is
// answered with one date whose sentence is the thread id and whose text is how many requests it held beside it.
// One request at a time, in the order they came, as the real worker does (analyze() is synchronous): the others
// wait in its queue.
const FAKE_WORKER = `
const { parentPort, workerData, threadId } = require('node:worker_threads')
if (workerData.failAtStart) throw new Error('Cannot find module ../analyze')
const waiting = []
let busy = false
const next = () => {
  if (busy || waiting.length === 0) return
  busy = true
  const request = waiting.shift()
  const answer = (reply, ms) => setTimeout(() => {
    // how many requests came in while this one was in hand
    if (reply.analysis) reply.analysis.heldNext = waiting.length
    if (reply.findings) reply = { type: 'section', id: reply.id, findingsJson: JSON.stringify(reply.findings(String(waiting.length))) }
    parentPort.postMessage(reply)
    busy = false
    next()
  }, ms)
  if (request.type === 'section') {
    if (request.job.text.includes('crash')) process.exit(3)
    const date = (held) => ({ text: held, start: 0, end: 1, kind: 'date', resolved: null, quoteId: null, sentence: String(threadId) })
    return answer({ id: request.id, findings: (held) => ({ words: 1, speakers: [], quotes: [], dates: [date(held)], figures: [] }) }, 20)
  }
  if (request.text === 'crash') process.exit(3)
  if (request.text === 'throw') return answer({ type: 'bug', id: request.id, message: 'boom' }, 0)
  answer({ type: 'done', id: request.id, analysis: { source: request.source, threadId } }, Number(request.text) || 1)
}
parentPort.on('message', (request) => {
  waiting.push(request)
  next()
})
parentPort.postMessage({ type: 'ready' })
`

let dir: string
let script: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-pool-'))
  script = join(dir, 'fake-worker.js')
  writeFileSync(script, FAKE_WORKER)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const setup = { explain: false, published: null } as WorkerSetup
/** A pool without `render` in its setup answers analyses, never rendered text. */
type AnalysisOutcome = Exclude<Outcome, { rendered: string }>
const analysingPool = (options: PoolOptions) => new WorkerPool(options) as Omit<WorkerPool, 'analyze'> & { analyze(task: Task): Promise<AnalysisOutcome> }
const threadOf = (outcome: AnalysisOutcome) => (outcome.ok ? (outcome.analysis as unknown as { threadId: number }).threadId : -1)

describe('WorkerPool', () => {
  it('answers every task, spread over its workers', async () => {
    const pool = analysingPool({ size: 3, setup, script })
    try {
      const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.analyze({ source: `a${i}.txt`, text: '20' })))
      expect(outcomes.map((o) => (o.ok ? o.analysis.source : o.bug))).toEqual(Array.from({ length: 12 }, (_, i) => `a${i}.txt`))
      const threads = new Set(outcomes.map(threadOf))
      expect(threads.size).toBe(3)
    } finally {
      await pool.stop()
    }
  })

  it('makes an article whose worker dies a bug record, and goes on with a fresh worker', async () => {
    const pool = analysingPool({ size: 1, setup, script })
    try {
      const first = await pool.analyze({ source: 'before.txt', text: '1' })
      const [crashed, thrown, after] = await Promise.all([
        pool.analyze({ source: 'crash.txt', text: 'crash' }),
        pool.analyze({ source: 'throw.txt', text: 'throw' }),
        pool.analyze({ source: 'after.txt', text: '1' }),
      ])
      expect(crashed).toEqual({ ok: false, bug: 'the worker analysing it stopped: the worker exited with code 3' })
      // "throw" was held by the worker that crashed, not begun: a fresh worker answers it
      expect(thrown).toEqual({ ok: false, bug: 'boom', stack: undefined })
      expect(after.ok && after.analysis.source).toBe('after.txt')
      expect(threadOf(after)).not.toBe(threadOf(first))
    } finally {
      await pool.stop()
    }
  })

  it('hands a worker its next task before it has answered the one in hand, never a third', async () => {
    const pool = analysingPool({ size: 1, setup, script })
    try {
      const outcomes = await Promise.all(['a', 'b', 'c', 'd'].map((name) => pool.analyze({ source: `${name}.txt`, text: '20' })))
      const held = outcomes.map((o) => (o.ok ? (o.analysis as unknown as { heldNext: number }).heldNext : -1))
      expect(held).toEqual([1, 1, 1, 0])
    } finally {
      await pool.stop()
    }
  })

  it('fails every task when a worker cannot even start (another would fail the same way)', async () => {
    const pool = analysingPool({ size: 2, setup: { ...setup, failAtStart: true } as WorkerSetup, script })
    const tasks = [pool.analyze({ source: 'a.txt', text: '1' }), pool.analyze({ source: 'b.txt', text: '1' })]
    for (const task of tasks) await expect(task).rejects.toThrow('a worker thread could not start: Cannot find module ../analyze')
    await pool.stop()
  })

  it('drops waiting tasks when stopped', async () => {
    const pool = analysingPool({ size: 1, setup, script })
    const slow = pool.analyze({ source: 'slow.txt', text: '5000' }).catch((error: unknown) => error)
    const waiting = pool.analyze({ source: 'next.txt', text: '1' }).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await pool.stop()
    expect(await slow).toBeInstanceOf(PoolStopped)
    expect(await waiting).toBeInstanceOf(PoolStopped)
    await expect(pool.analyze({ source: 'late.txt', text: '1' })).rejects.toBeInstanceOf(PoolStopped)
  })

  it('cuts a long input into sections, analysed on every worker at once, and joins them in order', async () => {
    const pool = analysingPool({ size: 2, setup, script, sectionChars: 20 })
    try {
      const text = 'Some words here.\n\n'.repeat(30)
      const outcome = await pool.analyze({ source: 'long.txt', text })
      if (!outcome.ok) throw new Error(outcome.bug)
      const sections = outcome.analysis.stats.words
      expect(sections).toBeGreaterThan(4)
      expect(outcome.analysis.dates).toHaveLength(sections)
      // each section's date at the start of its section, in text order
      const starts = outcome.analysis.dates.map((d) => d.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
      expect(starts[0]).toBe(0)
      expect(new Set(outcome.analysis.dates.map((d) => d.sentence)).size).toBe(2)
      // a worker is handed a section only when it has none in hand
      expect(outcome.analysis.dates.map((d) => d.text)).toEqual(outcome.analysis.dates.map(() => '0'))
      // a short input is one request, as before
      const short = await pool.analyze({ source: 'short.txt', text: '1' })
      expect(short.ok && short.analysis.source).toBe('short.txt')
    } finally {
      await pool.stop()
    }
  })

  it.each([
    ['asked to (a pool for one input): the next task gets a fresh worker', true],
    ['not asked: the next task goes to a worker that analysed a section', false],
  ])('lets its workers go once a long input is in, when %s', async (_name, releaseAfterSections) => {
    const pool = analysingPool({ size: 2, setup, script, sectionChars: 20, releaseAfterSections })
    try {
      const long = await pool.analyze({ source: 'long.txt', text: 'Some words here.\n\n'.repeat(30) })
      if (!long.ok) throw new Error(long.bug)
      const sectionThreads = new Set(long.analysis.dates.map((d) => d.sentence))
      expect(sectionThreads.size).toBe(2)
      const short = await pool.analyze({ source: 'short.txt', text: '1' })
      expect(short.ok && short.analysis.source).toBe('short.txt')
      expect(sectionThreads.has(String(threadOf(short)))).toBe(!releaseAfterSections)
    } finally {
      await pool.stop()
    }
  })

  it('keeps a worker that is still busy when a long input is in', async () => {
    const pool = analysingPool({ size: 2, setup, script, sectionChars: 20, releaseAfterSections: true })
    try {
      const [slow, long] = await Promise.all([
        pool.analyze({ source: 'slow.txt', text: '400' }),
        pool.analyze({ source: 'long.txt', text: 'Some words here.\n\n'.repeat(10) }),
      ])
      expect(slow.ok && slow.analysis.source).toBe('slow.txt')
      expect(long.ok && long.analysis.dates.length).toBeGreaterThan(2)
    } finally {
      await pool.stop()
    }
  })

  it('makes a long input whose section crashed its worker a bug record', async () => {
    const pool = analysingPool({ size: 2, setup, script, sectionChars: 20 })
    try {
      const outcome = await pool.analyze({ source: 'long.txt', text: 'Some words here.\n\n'.repeat(10) + 'crash\n\n' + 'More words.\n\n'.repeat(10) })
      expect(outcome).toEqual({ ok: false, bug: 'the worker analysing it stopped: the worker exited with code 3' })
    } finally {
      await pool.stop()
    }
  })

  it('with the real worker, a long input in sections gives what analyze() gives in this thread', async () => {
    assertBuildIsFresh()
    const paragraph = 'Mr Merz told reporters on Monday: “There will be a meeting within two weeks.” Ms Lee, a lawyer, said it would cost $5 million.\n\n'
    const text = paragraph.repeat(12)
    const pool = analysingPool({ size: 2, setup: { explain: false, published: '2025-08-19' }, script: join(ROOT, 'dist', 'batch', 'worker.js'), sectionChars: 400 })
    try {
      const outcome = await pool.analyze({ source: 'long.txt', text })
      const here = analyze(text, { source: 'long.txt', published: '2025-08-19' }, 400)
      expect(here.quotes.length).toBeGreaterThanOrEqual(12)
      expect(outcome).toEqual({ ok: true, analysis: here })
    } finally {
      await pool.stop()
    }
  })

  it('with the real worker rendering ndjson, answers the line the ndjson stream writes here for the same analysis, input facts joined', async () => {
    assertBuildIsFresh()
    const text = 'Ms Hale said on Tuesday: “The bridge will reopen in May.”\n\nThe repairs cost £4 million, the council said.\n'
    const record = { id: 'r7', published: null, title: 'Bridge to reopen', url: 'https://example.org/bridge', fields: { desk: 'city', rank: 3 } }
    const page = { title: 'Bridge to reopen', published: '2025-08-19', byline: 'Ana Lee', siteName: 'Daily Post', url: 'https://example.org/b', lang: 'en-GB' }
    const pool = new WorkerPool({ size: 1, setup: { explain: true, published: '2025-08-19', render: 'ndjson' }, script: join(ROOT, 'dist', 'batch', 'worker.js') })
    try {
      for (const input of [undefined, { encoding: 'windows-1252' }, { record }, { record, page, encoding: 'utf-16le' }, { page }]) {
        const outcome = await pool.analyze({ source: 'bridge.txt', text, ...(input ? { input } : {}) })
        const here = withInputFields(analyze(text, { source: 'bridge.txt', explain: true, published: '2025-08-19' }), { ...input, text })
        let written = ''
        createOutputStream('ndjson', { ...renderOptions({}), summaryOnly: false }, (piece) => (written += piece)).article(here)
        expect(outcome).toEqual({ ok: true, rendered: written })
      }
    } finally {
      await pool.stop()
    }
  })

  it('with the real worker, gives what analyze() gives in this thread, options included', async () => {
    assertBuildIsFresh()
    const text = 'Mr Merz told reporters on Monday: “There will be a meeting within two weeks.”\n\nThe package is worth $90 billion.\n'
    const pool = analysingPool({ size: 1, setup: { explain: true, published: '2025-08-19' }, script: join(ROOT, 'dist', 'batch', 'worker.js') })
    try {
      const outcome = await pool.analyze({ source: 'small.txt', text })
      expect(outcome).toEqual({ ok: true, analysis: analyze(text, { source: 'small.txt', explain: true, published: '2025-08-19' }) })
    } finally {
      await pool.stop()
    }
  })
})
