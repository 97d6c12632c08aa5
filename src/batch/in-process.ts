// The engine for a single input, and for tests that hand in their own analyser: analyse in this thread.
// analyze() is synchronous; yielding to the event loop before each article lets Ctrl-C and the
// progress bar in between.
import type { Analysis, AnalyzeOptions } from '../model'
import { firstLine, type ArticleOptions, type Engine, type Outcome, type Task } from './engine'

export type AnalyzeFunction = (text: string, options: AnalyzeOptions) => Analysis

export function inProcessEngine(load: () => Promise<AnalyzeFunction>, options: ArticleOptions): Engine {
  let analyzer: Promise<AnalyzeFunction> | undefined
  return {
    capacity: 1,
    async analyze(task: Task): Promise<Outcome> {
      analyzer ??= load()
      const analyze = await analyzer
      await new Promise((resolve) => setImmediate(resolve))
      try {
        return { ok: true, analysis: analyze(task.text, analyzeOptions(task, options)) }
      } catch (error) {
        return { ok: false, bug: firstLine(error), stack: error instanceof Error ? error.stack : undefined }
      }
    },
    async stop() {},
  }
}

/**
 * The options for analyze(): the publication date of --date, else the one a web page states; without either,
 * no `published` key at all, so the article's text can give its own.
 */
export function analyzeOptions(task: Omit<Task, 'text'>, options: ArticleOptions): AnalyzeOptions {
  const published = options.published ?? task.published ?? null
  return {
    source: task.source, explain: options.explain,
    ...(published !== null ? { published } : {}),
    ...(options.nameGender === false ? { nameGender: false } : {}),
  }
}
