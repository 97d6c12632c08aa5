// What the main thread and a worker say to each other (structured-cloned by postMessage).
import type { SectionJob } from '../article-plan'
import type { Analysis } from '../model'
import type { ArticleOptions, Task } from './engine'
import type { WorkerRender } from '../render/output-stream'

/**
 * Given to every worker at start: how to analyse, and `render`: the output format the worker renders each article
 * in itself (its input facts joined first), so that this thread only writes the text. Only a format whose article
 * is a pure function of the analysis, with nothing kept across articles and no summary: ndjson.
 *
 * Why: an analysis posted as an object is structured-cloned, walked once in the worker to serialise it and once
 * here to build the copy, which this thread then walks a third time to write its JSON; a string crosses as one
 * copy of its bytes. On the 293 Wikinews articles, in one thread, the object's serialise and deserialise took
 * 44 + 85 ms and writing its JSON 62 ms, against 37 ms for JSON.stringify in the worker and 2 ms for the
 * string's copy; and this thread, which shares the cores with the workers, is left reading files and writing.
 */
export type WorkerSetup = ArticleOptions & { render?: WorkerRender }

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
  /** An article rendered in the setup's `render` format: what the output writes for it, byte for byte. */
  | { type: 'rendered'; id: number; text: string }
  | { type: 'section'; id: number; findingsJson: string }
  | { type: 'bug'; id: number; message: string; stack?: string }
