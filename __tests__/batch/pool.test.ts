// The worker pool, with a stand-in worker written here (so crashes can be made on purpose), and once
// with the real dist/batch/worker.js against analyze() in this thread.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PoolStopped, WorkerPool } from '../../src/batch/pool'
import type { Outcome } from '../../src/batch/engine'
import type { WorkerSetup } from '../../src/batch/worker-messages'
import { analyze } from '../../src/analyze'
import { assertBuildIsFresh, ROOT } from '../cli/built-binary'

jest.setTimeout(60_000)

// answers after `text` ms with its thread id; "crash" ends the thread, "throw" answers a bug
const FAKE_WORKER = `
const { parentPort, workerData, threadId } = require('node:worker_threads')
if (workerData.failAtStart) throw new Error('Cannot find module ../analyze')
parentPort.on('message', (request) => {
  if (request.text === 'crash') process.exit(3)
  if (request.text === 'throw') return parentPort.postMessage({ type: 'bug', id: request.id, message: 'boom' })
  setTimeout(() => parentPort.postMessage({ type: 'done', id: request.id, analysis: { source: request.source, threadId } }), Number(request.text) || 1)
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
const threadOf = (outcome: Outcome) => (outcome.ok ? (outcome.analysis as unknown as { threadId: number }).threadId : -1)

describe('WorkerPool', () => {
  it('answers every task, spread over its workers', async () => {
    const pool = new WorkerPool({ size: 3, setup, script })
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
    const pool = new WorkerPool({ size: 1, setup, script })
    try {
      const first = await pool.analyze({ source: 'before.txt', text: '1' })
      const [crashed, thrown, after] = await Promise.all([
        pool.analyze({ source: 'crash.txt', text: 'crash' }),
        pool.analyze({ source: 'throw.txt', text: 'throw' }),
        pool.analyze({ source: 'after.txt', text: '1' }),
      ])
      expect(crashed).toEqual({ ok: false, bug: 'the worker analysing it stopped: the worker exited with code 3' })
      expect(thrown).toEqual({ ok: false, bug: 'boom', stack: undefined })
      expect(after.ok && after.analysis.source).toBe('after.txt')
      expect(threadOf(after)).not.toBe(threadOf(first))
    } finally {
      await pool.stop()
    }
  })

  it('fails every task when a worker cannot even start (another would fail the same way)', async () => {
    const pool = new WorkerPool({ size: 2, setup: { ...setup, failAtStart: true } as WorkerSetup, script })
    const tasks = [pool.analyze({ source: 'a.txt', text: '1' }), pool.analyze({ source: 'b.txt', text: '1' })]
    for (const task of tasks) await expect(task).rejects.toThrow('a worker thread could not start: Cannot find module ../analyze')
    await pool.stop()
  })

  it('drops waiting tasks when stopped', async () => {
    const pool = new WorkerPool({ size: 1, setup, script })
    const slow = pool.analyze({ source: 'slow.txt', text: '5000' }).catch((error: unknown) => error)
    const waiting = pool.analyze({ source: 'next.txt', text: '1' }).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await pool.stop()
    expect(await slow).toBeInstanceOf(PoolStopped)
    expect(await waiting).toBeInstanceOf(PoolStopped)
    await expect(pool.analyze({ source: 'late.txt', text: '1' })).rejects.toBeInstanceOf(PoolStopped)
  })

  it('with the real worker, gives what analyze() gives in this thread, options included', async () => {
    assertBuildIsFresh()
    const text = 'Mr Merz told reporters on Monday: “There will be a meeting within two weeks.”\n\nThe package is worth $90 billion.\n'
    const pool = new WorkerPool({ size: 1, setup: { explain: true, published: '2025-08-19' }, script: join(ROOT, 'dist', 'batch', 'worker.js') })
    try {
      const outcome = await pool.analyze({ source: 'small.txt', text })
      expect(outcome).toEqual({ ok: true, analysis: analyze(text, { source: 'small.txt', explain: true, published: '2025-08-19' }) })
    } finally {
      await pool.stop()
    }
  })
})
