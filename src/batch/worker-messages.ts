// What the main thread and a worker say to each other (structured-cloned by postMessage).
import type { SectionJob } from '../article-plan'
import type { Analysis } from '../model'
import type { ArticleOptions, Task } from './engine'

/** Given to every worker at start: how to analyse. */
export type WorkerSetup = ArticleOptions

/**
 * Main → worker: analyse this task, or one section of a long one (the main thread joins the sections' findings).
 * `id` pairs the answer with the request.
 */
export type WorkerRequest =
  | ({ type: 'article'; id: number } & Task)
  | { type: 'section'; id: number; job: SectionJob }

/**
 * Worker → main. "ready" once analyze (and compromise) are loaded; then one answer per request.
 *
 * A section's findings come as JSON text (`findingsJson`, the Findings of sections.ts): the main thread holds
 * every section's until the last is in, and objects made by JSON.parse take less room than the copies
 * postMessage makes of them (the 10 MB seed's findings: 41 against 57 MB of heap). An analysis reads the same
 * after a trip through JSON: the reduce (--from-results) reads analyses so.
 */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; analysis: Analysis }
  | { type: 'section'; id: number; findingsJson: string }
  | { type: 'bug'; id: number; message: string; stack?: string }
