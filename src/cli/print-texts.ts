// `--format text`: the text each input gave the analyzer, exactly as it reads it — a page's article body, a
// plain text as decoded — without analysing anything. Offsets in the JSON of the same input point into it.
//
// One input prints its text alone; several print each after a "==> source <==" line, as head(1) does.
// A failed input is its usual line on stderr and exit code 1.
import type { InputItem } from '../batch/input-items'
import { readArticle, type ReadOptions } from '../batch/read-article'
import { displayName } from '../input/input-error'
import type { CliContext } from './run'
import { EXIT_INPUT_FAILED, EXIT_INTERRUPTED, EXIT_OK, type ExitCode } from './exit-codes'

export async function printTexts(items: AsyncIterable<InputItem>, batch: boolean, readOptions: ReadOptions, context: CliContext): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_OK
  let printed = 0
  for await (const item of items) {
    if (context.stop?.aborted) return context.stop.reason === 'output-closed' ? exitCode : EXIT_INTERRUPTED
    const read = await readArticle(item, readOptions)
    if (!read.ok) {
      context.stderr.write(`analyze: ${read.place ?? displayName(read.record.source)}: ${read.record.error}\n`)
      exitCode = EXIT_INPUT_FAILED
      continue
    }
    const header = batch ? `${printed > 0 ? '\n' : ''}==> ${displayName(read.source)} <==\n` : ''
    context.stdout.write(header + read.text + (read.text.endsWith('\n') ? '' : '\n'))
    printed++
  }
  return exitCode
}
