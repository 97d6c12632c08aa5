// Where articles are analysed: in this thread (one input: no worker start-up to pay) or in a pool of
// worker threads (a batch). The batch driver sees only this interface.
import type { Analysis } from '../model'
import type { InputFacts } from './article-fields'

export interface Task {
  source: string
  text: string
  /** The publication date the input states outside its text (a web page's metadata), used unless --date. */
  published?: string | null
  /**
   * What the reading learnt about the input (encoding, a page's or a record's facts): an engine that renders the
   * article's output itself (a pool with `render`) joins them to the analysis first, as the driver does otherwise.
   */
  input?: InputFacts
}

export type Outcome =
  | { ok: true; analysis: Analysis }
  /** The article's output already rendered, its input facts joined (a pool whose workers render: worker-messages.ts). */
  | { ok: true; rendered: string }
  /** analyze() threw: a bug in analyze, not a bad input. */
  | { ok: false; bug: string; stack?: string }

export interface Engine {
  /** How many articles it analyses at once. */
  readonly capacity: number
  analyze(task: Task): Promise<Outcome>
  /** Stops at once, dropping work in progress (Ctrl-C, or nobody reading the output any more). */
  stop(): Promise<void>
}

/** The options every article is analysed with, the same in this thread and in the workers. */
export interface ArticleOptions {
  explain: boolean
  /** --date, or null to let each article say. */
  published: string | null
  /** False under --no-name-gender; absent or true: a first name may say a speaker's gender when the article does not. */
  nameGender?: boolean
}

/** The first line of an error message, for a record that fits on one line. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}
