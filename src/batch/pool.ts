// A pool of worker threads that analyse articles: one article at a time per worker, the next handed to
// whichever worker has the least in hand. Workers start on the first task (a run whose inputs all fail never
// loads compromise) and each loads analyze once.
//
// A worker is handed its next article before it has finished the one in hand (AHEAD), so that it never waits
// for this thread between two: a reply going out and the next request coming in took about a millisecond, 4 %
// of the time an article of the corpus takes. An article held back is given to another worker if this one dies.
//
// A very long input (a 10 MB transcript) is cut into its sections here (article-plan.ts) and every worker
// takes sections of it at once; this thread joins what they found. One worker would take them one by one
// while the other cores waited.
//
// When a worker dies in the middle of an article (out of memory on a huge text, a crash), that article
// becomes a bug record and a fresh worker takes over the rest. A worker that dies before it was ever
// ready (dist/ incomplete) cannot be helped by another: the pool then fails the whole run.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { assembleAnalysis, planArticle, SPLIT_CHARS, type SectionJob } from '../article-plan'
import { SECTION_CHARS, type Findings } from '../sections'
import { firstLine, type Engine, type Outcome, type Task } from './engine'
import { analyzeOptions } from './in-process'
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages'

export interface PoolOptions {
  size: number
  setup: WorkerSetup
  /** The worker entry; by default dist/batch/worker.js next to this file. */
  script?: string
  /** Where anything a worker prints goes (never to stdout, which holds the results). */
  onWorkerOutput?: (text: string) => void
  /** How long a section is at least (analyze's third argument; tests make it short). Inputs over twice that are split. */
  sectionChars?: number
  /**
   * Let the workers go as soon as a long input's sections are analysed, before this thread joins them: for a
   * pool started for one input (long-inputs.ts), which has nothing else to give them. At that moment this thread
   * holds everything the input gave (47,425 quotes and their dates and figures at 10 MB) and writes its JSON,
   * while each idle worker still held a heap of about 90 MB. A later task starts workers again.
   */
  releaseAfterSections?: boolean
}

/** What one worker is asked to do: an article, or a section of a long one. */
type Job = { type: 'article'; task: Task } | { type: 'section'; job: SectionJob }

/** A worker's answer, or the bug (an exception, a dead worker) that stopped it. */
type Answer =
  | { ok: true; reply: Extract<WorkerReply, { type: 'done' | 'rendered' | 'section' }> }
  | { ok: false; bug: string; stack?: string }

interface Pending {
  id: number
  job: Job
  resolve(answer: Answer): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  ready: boolean
  /** Sent to the worker and not answered yet, in the order sent: it analyses the first, the others wait. */
  tasks: Pending[]
  dead: boolean
}

/** How many articles a worker holds at most: the one it analyses and the next. */
const AHEAD = 2

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

  async analyze(task: Task): Promise<Outcome> {
    if (this.stopped) throw new PoolStopped()
    const sectionChars = this.options.sectionChars ?? SECTION_CHARS
    const split = this.capacity > 1 && task.text.length > (this.options.sectionChars ? 2 * sectionChars : SPLIT_CHARS)
    const plan = split ? planArticle(task.text, analyzeOptions(task, this.options.setup), sectionChars) : null
    if (!plan || plan.jobs.length < 2) {
      const answer = await this.run({ type: 'article', task })
      if (!answer.ok) return answer
      if (answer.reply.type === 'done') return { ok: true, analysis: answer.reply.analysis }
      if (answer.reply.type === 'rendered') return { ok: true, rendered: answer.reply.text }
      return { ok: false, bug: 'a worker answered an article with a section' }
    }
    const answers = await Promise.all(plan.jobs.map((job) => this.run({ type: 'section', job })))
    if (this.options.releaseAfterSections) await this.releaseIdle()
    const findings: Findings[] = []
    for (const answer of answers) {
      if (!answer.ok) return answer
      if (answer.reply.type !== 'section') return { ok: false, bug: 'a worker answered a section with an article' }
      findings.push(JSON.parse(answer.reply.findingsJson) as Findings)
    }
    try {
      return { ok: true, analysis: assembleAnalysis(plan, findings) }
    } catch (error) {
      return { ok: false, bug: firstLine(error), stack: error instanceof Error ? error.stack : undefined }
    }
  }

  private run(job: Job): Promise<Answer> {
    if (this.stopped) return Promise.reject(new PoolStopped())
    return new Promise<Answer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject })
      this.pump()
    })
  }

  async stop(): Promise<void> {
    this.stopped = true
    const waiting = [...this.queue.splice(0), ...this.slots.flatMap((slot) => slot.tasks)]
    for (const pending of waiting) pending.reject(new PoolStopped())
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    this.slots.length = 0
  }

  /** Ends the workers, if none has work; pump() starts new ones for the next task. */
  private async releaseIdle() {
    if (this.stopped || this.queue.length > 0 || this.slots.some((slot) => slot.tasks.length > 0)) return
    const idle = this.slots.splice(0)
    // dead to onDeath: their exit is no failure
    for (const slot of idle) slot.dead = true
    await Promise.all(idle.map((slot) => slot.worker.terminate()))
  }

  /**
   * Starts workers as there is work for them, and hands queued tasks out: first one to each idle worker, then
   * a next one to each worker that has only one.
   */
  private pump() {
    if (this.stopped) return
    while (this.slots.length < this.capacity && this.queue.length > this.slots.filter((s) => s.tasks.length === 0).length) this.start()
    for (let held = 0; held < AHEAD; held++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return
        // sections go one at a time: a round trip is nothing beside a section's seconds, and a long input's
        // peak memory is what the 400 MB goal is about
        if (held > 0 && this.queue[0].job.type === 'section') return
        if (slot.tasks.length === held && !slot.dead) this.send(slot, this.queue.shift() as Pending)
      }
    }
  }

  private send(slot: Slot, pending: Pending) {
    slot.tasks.push(pending)
    const request: WorkerRequest = pending.job.type === 'article'
      ? { type: 'article', id: pending.id, ...pending.job.task }
      : { type: 'section', id: pending.id, job: pending.job.job }
    slot.worker.postMessage(request)
  }

  private start() {
    const worker = new Worker(this.script.path, { workerData: this.options.setup, execArgv: this.script.execArgv, stdout: true, stderr: true })
    const slot: Slot = { worker, ready: false, tasks: [], dead: false }
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
    const at = slot.tasks.findIndex((task) => task.id === reply.id)
    if (at < 0) return
    const [pending] = slot.tasks.splice(at, 1)
    if (reply.type === 'bug') pending.resolve({ ok: false, bug: reply.message, stack: reply.stack })
    else pending.resolve({ ok: true, reply })
    this.pump()
  }

  private onDeath(slot: Slot, reason: string) {
    if (slot.dead) return
    slot.dead = true
    this.slots.splice(this.slots.indexOf(slot), 1)
    // the first task is the one it was analysing; the others it had not begun go back to the front of the queue
    const [pending, ...notBegun] = slot.tasks.splice(0)
    if (this.stopped) return
    if (!slot.ready) {
      // it never loaded analyze: another worker would fail the same way
      const error = new Error(`a worker thread could not start: ${reason}`)
      for (const task of [pending, ...notBegun]) task?.reject(error)
      this.failEverything(error)
      return
    }
    pending?.resolve({ ok: false, bug: `the worker analysing it stopped: ${reason}` })
    this.queue.unshift(...notBegun)
    void slot.worker.terminate()
    this.pump()
  }

  private failEverything(error: Error) {
    this.stopped = true
    const waiting = [...this.queue.splice(0), ...this.slots.flatMap((slot) => slot.tasks)]
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
