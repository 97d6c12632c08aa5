// The process around a run: real argv, environment and streams in, an exit code out.
// bin/analyze calls main() and sets process.exitCode from it; nothing here calls process.exit() (but for a
// second Ctrl-C), so output still being written to a pipe is flushed before Node exits.
import type { StopReason } from './run'
import { guardedWriter } from './output'
import { readStream } from '../input/read-stream'
import { readVersion } from './version'
import { EXIT_FATAL, EXIT_INTERRUPTED, type ExitCode } from './exit-codes'
import { boundHeapGrowth } from './heap'
import { optimiseLater } from './tiering'

export async function main(argv: string[] = process.argv.slice(2)): Promise<ExitCode> {
  const stop = new AbortController()
  const stopWith = (reason: StopReason) => {
    if (!stop.signal.aborted) stop.abort(reason)
  }
  const stderr = guardedWriter(process.stderr, () => {})
  const stdout = guardedWriter(
    process.stdout,
    (error) => {
      stderr.write(`analyze: cannot write the output: ${error.message}\n`)
      process.exitCode = EXIT_FATAL
    },
    () => stopWith('output-closed'),
  )

  // `analyze --version` alone is answered before commander is even loaded: scripts call it to check the
  // tool is there, and Node's own start-up is already most of the time it may take
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    stdout.write(`${readVersion()}\n`)
    return 0
  }

  boundHeapGrowth()
  // before any worker starts: each reads it as its isolate is made
  optimiseLater()
  // Ctrl-C: the run stops its workers and returns 130 with every written line whole; a second one
  // (something is stuck) leaves at once
  const onInterrupt = () => {
    if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED)
    stopWith('interrupt')
  }
  process.on('SIGINT', onInterrupt)
  // standard input still open when the run ends early (the reader of a line filter went away, Ctrl-C)
  // would keep Node waiting for it
  let stdinUsed = false
  const { execute, errorMessage } = await import('./run')
  try {
    return await execute({
      argv,
      env: process.env,
      version: readVersion(),
      stdout: {
        write: (text) => stdout.write(text),
        drained: () => stdout.drained(),
        isTTY: process.stdout.isTTY === true,
        columns: process.stdout.columns,
        colorDepth: process.stdout.isTTY ? process.stdout.getColorDepth() : undefined,
      },
      stderr: {
        write: (text) => stderr.write(text),
        isTTY: process.stderr.isTTY === true,
        // read at each redraw, so the progress bar follows a resized terminal
        get columns() {
          return process.stderr.columns
        },
      },
      stdin: {
        isTTY: process.stdin.isTTY === true,
        read: () => {
          stdinUsed = true
          return readStream(process.stdin)
        },
        chunks: () => {
          stdinUsed = true
          return process.stdin
        },
      },
      stop: stop.signal,
    })
  } catch (error) {
    stderr.write(`analyze: fatal: ${errorMessage(error)}\n`)
    if (process.env.ANALYZE_DEBUG && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`)
    return EXIT_FATAL
  } finally {
    process.off('SIGINT', onInterrupt)
    if (stdinUsed) process.stdin.destroy()
  }
}

// `npm run dev -- articles/` runs this file itself through ts-node; bin/analyze requires it and calls main()
if (require.main === module) {
  void main().then((code) => {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code)
  })
}
