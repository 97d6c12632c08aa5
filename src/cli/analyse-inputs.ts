// The inputs, expanded → analysed and written as they are done, with the corpus summary built on the way.
//
// One input is analysed right here, with no worker to start; a batch goes to a pool of worker threads
// (--jobs, one a core by default). Bad inputs are a line on stderr and a record in the output, and the
// batch goes on; the exit code says what happened (exit-codes.ts).
//
// Files of records (and standard input as records: the line filter) are read as the batch goes, one record
// pulled when there is room for it, and their results come in input order.
import { availableParallelism } from 'node:os'
import type { ExpandedInputs } from '../batch/inputs'
import type { InputItem } from '../batch/input-items'
import type { Engine } from '../batch/engine'
import { inProcessEngine } from '../batch/in-process'
import { withPoolForLongInputs } from '../batch/long-inputs'
import { SECTION_CHARS } from '../sections'
import { readArticle, type ReadOptions } from '../batch/read-article'
import { runBatch, type BatchResult } from '../batch/run-batch'
import { withRecords } from '../batch/record-items'
import { largestFirst } from '../batch/largest-first'
import { SummaryBuilder } from '../summary/corpus-summary'
import { ProgressBar } from '../batch/progress'
import { duration } from '../batch/progress-line'
import { displayName } from '../input/input-error'
import { renderOptions, type RenderOptions } from '../render/render-options'
import { decideColorLevel } from './color'
import { decideWidth } from './width'
import { tightHeapForLongInputs } from './heap'
import type { CliOptions } from './program'
import type { CliContext, AnalyzeFunction } from './run'
import type { StdinSource } from './stdin-source'
import type { WorkerRender } from '../render/output-stream'
import { EXIT_FATAL, EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, worse, type ExitCode } from './exit-codes'

const loadAnalyzerLazily = async (): Promise<AnalyzeFunction> => (await import('../analyze')).analyze

export async function analyseInputs(expanded: ExpandedInputs, options: CliOptions, context: CliContext, stdin: StdinSource): Promise<ExitCode> {
  const readOptions: ReadOptions = {
    maxBytes: options.maxBytes,
    readStdin: () => stdin.read(),
    timeoutMs: options.timeoutMs,
    userAgent: `analyze/${context.version}`,
  }
  // one item a record, pulled as the batch has room: never the whole file at once
  const recordItems = (list: readonly InputItem[]) => withRecords(list, { ...options.fields, maxBytes: options.maxBytes, stdinChunks: () => stdin.chunks() })
  if (options.format === 'text') return (await import('./print-texts')).printTexts(recordItems(expanded.items), expanded.batch, readOptions, context)
  const format = options.format
  const { batch } = expanded
  const total = expanded.records ? null : expanded.items.length
  const started = Date.now()
  const progress =
    batch && (total === null || total > 1) && options.progress && context.stderr.isTTY
      ? new ProgressBar({ total, write: (text) => context.stderr.write(text), width: () => context.stderr.columns || 80 })
      : null
  // the bar shares the terminal with errors, and with the tables when stdout is the terminal too
  const writeErr = (text: string) => {
    progress?.clear()
    context.stderr.write(text)
  }
  const writeOut = (text: string) => {
    if (context.stdout.isTTY) progress?.clear()
    context.stdout.write(text)
  }

  // loaded only now: chalk and cli-table3 cost more start-up than everything else together
  const { createOutputStream } = await import('../render/output-stream')
  const output = createOutputStream(format, { ...renderOptionsFor(options, context, batch), summaryOnly: options.summary, recordIds: expanded.records }, writeOut)
  // only where it is shown: the line filter's ndjson keeps no counters at all, so its memory stays flat
  const summary = output.showsSummary ? new SummaryBuilder() : null
  // an input analysed in sections holds what it has found until its JSON is written: from then on the heap is held tight
  // the workers render each article themselves when the stream only writes it (ndjson): no analysis crosses to here
  const render = summary === null ? output.workerRender?.format : undefined
  const engine = tightHeapForLongInputs(await chooseEngine(expanded, options, context, writeErr, render), SECTION_CHARS)
  let exitCode: ExitCode = EXIT_OK
  let done = 0
  let failed = 0

  const onResult = (result: BatchResult) => {
    if (result.kind === 'rendered') {
      if (result.warning) writeErr(`analyze: ${result.place}: ${result.warning}\n`)
      output.workerRender?.write(result.output)
      return
    }
    if (result.kind === 'article') {
      if (result.warning) writeErr(`analyze: ${result.place}: ${result.warning}\n`)
      summary?.add(result.analysis)
      output.article(result.analysis, result.text)
      return
    }
    failed++
    writeErr(`analyze: ${result.place ?? displayName(result.record.source)}: ${result.record.error}\n`)
    if (result.kind === 'bug' && context.env.ANALYZE_DEBUG && result.stack) writeErr(`${result.stack}\n`)
    summary?.addFailure(result.record)
    output.failure(result.record)
    // a crash on one article is our bug, not the user's input: exit 2 at the end
    exitCode = worse(exitCode, result.kind === 'bug' ? EXIT_FATAL : EXIT_INPUT_FAILED)
  }

  // a pool whose output follows completion order takes the largest files first, so that its workers end together
  const batchItems = recordItems(options.sort || expanded.records || engine.capacity < 2 ? expanded.items : await largestFirst(expanded.items))
  try {
    const { stopped } = await runBatch(batchItems, {
      engine,
      // records come out in the order they went in: a line filter's contract, and what joins expect
      sort: options.sort || expanded.records,
      keepText: options.format === 'html',
      signal: context.stop,
      read: (item) => readArticle(item, readOptions),
      // results wait in memory no longer than the reader of standard output takes to catch up
      ready: context.stdout.drained,
      onResult,
      onProgress: (n) => {
        done = n
        progress?.update(done, failed)
      },
    })
    progress?.stop()
    if (stopped) {
      // the reader went away: nothing more to say to it, and not the user's doing
      if (context.stop?.reason === 'output-closed') return exitCode
      writeErr(`analyze: interrupted after ${done}${total === null ? '' : ` of ${total}`} inputs\n`)
      return EXIT_INTERRUPTED
    }
    output.end((summary ?? new SummaryBuilder()).result())
    if (progress) writeErr(finalLine(done, failed, Date.now() - started))
    return exitCode
  } finally {
    progress?.stop()
    await engine.stop()
  }
}

/**
 * In this thread for one article (or when the caller brings its own analyser), unless it is so long that its
 * sections are better analysed on every core at once; else a pool of workers.
 */
async function chooseEngine(expanded: ExpandedInputs, options: CliOptions, context: CliContext, writeErr: (text: string) => void, render?: WorkerRender): Promise<Engine> {
  const articleOptions = { explain: options.explain, published: options.date, nameGender: options.nameGender }
  // a file of records may hold any number of articles: as many workers as asked for (started as work comes)
  const readable = expanded.records ? Infinity : expanded.items.filter((item) => item.kind !== 'failure').length
  const jobs = options.jobs ?? context.cpuCount ?? availableParallelism()
  const startPool = async (size: number, releaseAfterSections = false) => {
    const { WorkerPool } = await import('../batch/pool')
    return new WorkerPool({ size, setup: render ? { ...articleOptions, render } : articleOptions, onWorkerOutput: writeErr, releaseAfterSections })
  }
  if (context.loadAnalyzer || readable <= 1) {
    const local = inProcessEngine(context.loadAnalyzer ?? loadAnalyzerLazily, articleOptions)
    // a pool for the one input there is: its workers are let go once its sections are analysed
    return context.loadAnalyzer || jobs <= 1 ? local : withPoolForLongInputs(local, () => startPool(jobs, true))
  }
  return startPool(Math.min(jobs, readable))
}

/** Width and colour are decided here, once, from the options and the terminal; renderers only obey. */
export function renderOptionsFor(options: CliOptions, context: CliContext, batch: boolean): RenderOptions {
  const { stdout, env } = context
  return renderOptions({
    width: decideWidth({ requested: options.width, stdoutIsTTY: stdout.isTTY, terminalColumns: stdout.columns, env }),
    colorLevel: decideColorLevel({ colorFlag: options.color, env, stdoutIsTTY: stdout.isTTY, terminalColorDepth: stdout.colorDepth }),
    full: options.full,
    explain: options.explain,
    batch,
  })
}

/** What replaces the progress bar at the end: "2,516 articles analysed, 2 failed, in 1:32 (27.3 a second)". */
function finalLine(done: number, failed: number, elapsedMs: number): string {
  const analysed = done - failed
  const rate = elapsedMs > 0 ? (analysed / elapsedMs) * 1000 : 0
  const failures = failed > 0 ? `, ${failed} failed` : ''
  return `analyze: ${analysed} articles analysed${failures}, in ${duration(elapsedMs / 1000)} (${rate.toFixed(1)} a second)\n`
}
