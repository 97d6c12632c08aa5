// What the main thread and a worker say to each other (structured-cloned by postMessage).
import type { Analysis } from '../model'
import type { ArticleOptions, Task } from './engine'

/** Given to every worker at start: how to analyse. */
export type WorkerSetup = ArticleOptions

/** Main → worker: analyse this text. `id` pairs the answer with the task. */
export interface WorkerRequest extends Task {
  id: number
}

/** Worker → main. "ready" once analyze (and compromise) are loaded; then one answer per request. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; analysis: Analysis }
  | { type: 'bug'; id: number; message: string; stack?: string }
