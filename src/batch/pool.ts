// A pool of worker threads that analyse articles: one article at a time per worker, the next handed to
// whichever worker finishes first. Workers start on the first task (a run whose inputs all fail never
// loads compromise) and each loads analyze once.
//
// When a worker dies in the middle of an article (out of memory on a huge text, a crash), that article
// becomes a bug record and a fresh worker takes over the rest. A worker that dies before it was ever
// ready (dist/ incomplete) cannot be helped by another: the pool then fails the whole run.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Engine, Outcome, Task } from './engine'
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages'

export interface PoolOptions {
  size: number
  setup: WorkerSetup
  /** The worker entry; by default dist/batch/worker.js next to this file. */
  script?: string
  /** Where anything a worker prints goes (never to stdout, which holds the results). */
  onWorkerOutput?: (text: string) => void
}

interface Pending {
  id: number
  task: Task
  resolve(outcome: Outcome): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  ready: boolean
  busy: Pending | null
  dead: boolean
}

/** Thrown to tasks still waiting when the pool is stopped; the driver expects it and drops them. */
export class PoolStopped extends Error {
  constructor() {
    super('the worker pool was stopped')
  }
}

export class WorkerPool implements Engine {
  readonly capacity: number
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 0
  private stopped = false
  private readonly script: { path: string; execArgv: string[] }

  constructor(private readonly options: PoolOptions) {
    this.capacity = Math.max(1, options.size)
    this.script = options.script ? { path: options.script, execArgv: [] } : defaultScript()
  }

  analyze(task: Task): Promise<Outcome> {
    if (this.stopped) return Promise.reject(new PoolStopped())
    return new Promise<Outcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject })
      this.pump()
    })
  }

  async stop(): Promise<void> {
    this.stopped = true
    const waiting = [...this.queue.splice(0), ...this.slots.flatMap((slot) => (slot.busy ? [slot.busy] : []))]
    for (const pending of waiting) pending.reject(new PoolStopped())
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    this.slots.length = 0
  }

  /** Starts workers as there is work for them, and hands queued tasks to idle ones. */
  private pump() {
    if (this.stopped) return
    while (this.slots.length < this.capacity && this.queue.length > this.slots.filter((s) => !s.busy).length) this.start()
    for (const slot of this.slots) {
      if (this.queue.length === 0) break
      if (slot.busy || slot.dead) continue
      const pending = this.queue.shift() as Pending
      slot.busy = pending
      const request: WorkerRequest = { id: pending.id, ...pending.task }
      slot.worker.postMessage(request)
    }
  }

  private start() {
    const worker = new Worker(this.script.path, { workerData: this.options.setup, execArgv: this.script.execArgv, stdout: true, stderr: true })
    const slot: Slot = { worker, ready: false, busy: null, dead: false }
    this.slots.push(slot)
    const forward = (chunk: Buffer | string) => this.options.onWorkerOutput?.(String(chunk))
    worker.stdout.on('data', forward)
    worker.stderr.on('data', forward)
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply))
    worker.on('error', (error) => this.onDeath(slot, error.message))
    worker.on('exit', (code) => this.onDeath(slot, `the worker exited with code ${code}`))
  }

  private onReply(slot: Slot, reply: WorkerReply) {
    if (reply.type === 'ready') {
      slot.ready = true
      return
    }
    const pending = slot.busy
    if (!pending || pending.id !== reply.id) return
    slot.busy = null
    if (reply.type === 'done') pending.resolve({ ok: true, analysis: reply.analysis })
    else pending.resolve({ ok: false, bug: reply.message, stack: reply.stack })
    this.pump()
  }

  private onDeath(slot: Slot, reason: string) {
    if (slot.dead) return
    slot.dead = true
    this.slots.splice(this.slots.indexOf(slot), 1)
    const pending = slot.busy
    slot.busy = null
    if (this.stopped) return
    if (!slot.ready) {
      // it never loaded analyze: another worker would fail the same way
      const error = new Error(`a worker thread could not start: ${reason}`)
      pending?.reject(error)
      this.failEverything(error)
      return
    }
    pending?.resolve({ ok: false, bug: `the worker analysing it stopped: ${reason}` })
    void slot.worker.terminate()
    this.pump()
  }

  private failEverything(error: Error) {
    this.stopped = true
    const waiting = [...this.queue.splice(0), ...this.slots.flatMap((slot) => (slot.busy ? [slot.busy] : []))]
    for (const pending of waiting) pending.reject(error)
    for (const slot of this.slots.splice(0)) void slot.worker.terminate()
  }
}

/**
 * dist/batch/worker.js when running the build; when running the sources through ts-node
 * (`npm run dev`), worker.ts with ts-node's hook, since a worker starts a fresh module loader.
 */
function defaultScript(): { path: string; execArgv: string[] } {
  const built = join(__dirname, 'worker.js')
  if (existsSync(built)) return { path: built, execArgv: [] }
  return { path: join(__dirname, 'worker.ts'), execArgv: ['--require', 'ts-node/register/transpile-only'] }
}
