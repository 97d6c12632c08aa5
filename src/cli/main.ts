// The process around a run: real argv, environment and streams in, an exit code out.
// bin/analyze calls main() and sets process.exitCode from it; nothing here calls process.exit(), so
// output still being written to a pipe is flushed before Node exits.
import { execute } from './run'
import { guardedWriter } from './output'
import { readStream } from '../input/read-stream'
import { readVersion } from './version'
import { EXIT_FATAL, type ExitCode } from './exit-codes'
import { errorMessage } from './run'

export async function main(argv: string[] = process.argv.slice(2)): Promise<ExitCode> {
  const stderr = guardedWriter(process.stderr, () => {})
  const stdout = guardedWriter(process.stdout, (error) => {
    stderr.write(`analyze: cannot write the output: ${error.message}\n`)
    process.exitCode = EXIT_FATAL
  })
  try {
    return await execute({
      argv,
      env: process.env,
      version: readVersion(),
      stdout: {
        write: (text) => stdout.write(text),
        isTTY: process.stdout.isTTY === true,
        columns: process.stdout.columns,
        colorDepth: process.stdout.isTTY ? process.stdout.getColorDepth() : undefined,
      },
      stderr,
      stdin: { isTTY: process.stdin.isTTY === true, read: () => readStream(process.stdin) },
    })
  } catch (error) {
    stderr.write(`analyze: fatal: ${errorMessage(error)}\n`)
    if (process.env.ANALYZE_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`)
    return EXIT_FATAL
  }
}
