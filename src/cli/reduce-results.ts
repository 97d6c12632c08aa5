// `analyze --summary --from-results FILES…`: the corpus summary of results already made, by any number of
// runs on any number of machines — exactly what `--summary` prints for one run over all their inputs,
// whatever the order of the files and of the lines in them (the summary does not depend on order).
//
//   analyze shard-1/ --format ndjson > r1.ndjson      (machine 1)
//   analyze shard-2/ --format ndjson > r2.ndjson      (machine 2)
//   analyze --summary --from-results r1.ndjson r2.ndjson
//
// The files are read a line at a time, each analysis dropped once counted: memory is the summary's counters.
// A line that is not a result is one stderr line naming file and line, and exit code 1.
import { createReadStream } from 'node:fs'
import { describeFileSystemError } from '../batch/file-system'
import { displayName } from '../input/input-error'
import { ndjsonLines } from '../input/records/ndjson-lines'
import { SummaryBuilder } from '../summary/corpus-summary'
import { readResultLine } from '../summary/result-line'
import { renderOptionsFor } from './analyse-inputs'
import type { CliOptions } from './program'
import type { CliContext } from './run'
import type { StdinSource } from './stdin-source'
import { EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, type ExitCode } from './exit-codes'

export const RESULT_EXTENSIONS = ['ndjson', 'jsonl']

export async function reduceResults(inputs: string[], options: CliOptions, context: CliContext, stdin: StdinSource): Promise<ExitCode> {
  const { expandInputs } = await import('../batch/inputs')
  // folders and patterns as for articles, taking .ndjson and .jsonl files; every file is results, whatever its name
  const expanded = await expandInputs(inputs, { extensions: RESULT_EXTENSIONS, inputFormat: 'text' })
  for (const notice of expanded.notices) context.stderr.write(`analyze: ${notice.source}: ${notice.message}\n`)
  const summary = new SummaryBuilder()
  let exitCode: ExitCode = EXIT_OK
  const problem = (where: string, message: string) => {
    context.stderr.write(`analyze: ${where}: ${message}\n`)
    exitCode = EXIT_INPUT_FAILED
  }
  for (const item of expanded.items) {
    if (context.stop?.aborted) return context.stop.reason === 'output-closed' ? exitCode : EXIT_INTERRUPTED
    if (item.kind === 'failure') {
      problem(item.source, item.error)
      continue
    }
    const name = displayName(item.source)
    const chunks = item.source === '-' ? stdin.chunks() : createReadStream(item.source)
    let lines = 0
    try {
      for await (const line of ndjsonLines(chunks, Infinity)) {
        lines++
        if ('problem' in line) {
          problem(`${name}:${line.line}`, line.problem)
          continue
        }
        const result = readResultLine(line.value)
        if (result.kind === 'article') summary.add(result.analysis)
        else if (result.kind === 'failure') summary.addFailure(result.record)
        else problem(`${name}:${line.line}`, result.problem)
      }
      if (lines === 0) problem(name, item.source === '-' ? 'empty input' : 'empty file')
    } catch (error) {
      problem(name, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeFileSystemError(error))
    }
  }
  const { createOutputStream } = await import('../render/output-stream')
  const format = options.format === 'text' ? 'table' : options.format
  const output = createOutputStream(format, { ...renderOptionsFor(options, context, true), summaryOnly: true }, (text) => context.stdout.write(text))
  output.end(summary.result())
  return exitCode
}
