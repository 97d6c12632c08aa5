// One run of the command: parse the arguments, expand folders and patterns, analyse, write.
// Everything the run needs from outside comes in through CliContext, so tests can drive it without a process.
import type { Analysis, AnalyzeOptions } from '../model'
import { parseCommandLine } from './program'
import { EXIT_FATAL, type ExitCode } from './exit-codes'

export type AnalyzeFunction = (text: string, options: AnalyzeOptions) => Analysis

/** Why a run was told to stop early: Ctrl-C, or the reader of stdout went away (`| head`). */
export type StopReason = 'interrupt' | 'output-closed'

export interface CliContext {
  /** The arguments after "analyze". */
  argv: string[]
  env: Record<string, string | undefined>
  version: string
  stdout: {
    write(text: string): void
    /** Resolves when what was written has been taken (a slow reader holds the batch back); absent: at once. */
    drained?(): Promise<void>
    isTTY: boolean
    columns?: number
    colorDepth?: number
  }
  /** isTTY and columns decide the progress bar; absent means not a terminal. */
  stderr: { write(text: string): void; isTTY?: boolean; columns?: number }
  /** `chunks`: standard input as it arrives, for records (the line filter); without it, `read` is used. */
  stdin: { isTTY: boolean; read(): Promise<Uint8Array>; chunks?(): AsyncIterable<Uint8Array> }
  /**
   * Analyse in this thread with this analyser, for every input (tests). Without it, one input is analysed
   * in this thread and a batch in worker threads; either way the analyser is loaded only when an article
   * is actually read: `analyze --version` never loads compromise.
   */
  loadAnalyzer?: () => Promise<AnalyzeFunction>
  /** Cores, for the default --jobs; the machine's when absent. */
  cpuCount?: number
  /** Aborted with a StopReason to stop the run (main.ts: on SIGINT, and when stdout is closed). */
  stop?: AbortSignal
}

export async function execute(context: CliContext): Promise<ExitCode> {
  const parsed = parseCommandLine(context.argv, context.version, {
    writeOut: (text) => context.stdout.write(text),
    writeErr: (text) => context.stderr.write(text),
    columns: context.stdout.isTTY ? context.stdout.columns : undefined,
  })
  if (typeof parsed === 'number') return parsed

  const inputs = parsed.inputs.length > 0 ? parsed.inputs : context.stdin.isTTY ? null : ['-']
  if (inputs === null) {
    context.stderr.write(
      'analyze: no input: name an article file, or "-" to read standard input (analyze --help shows the options)\n',
    )
    return EXIT_FATAL
  }

  // loaded after the arguments are checked: --version and --help need none of it
  const { StdinSource } = await import('./stdin-source')
  const stdin = new StdinSource(context.stdin)
  if (parsed.fromResults) return (await import('./reduce-results')).reduceResults(inputs, parsed, context, stdin)
  const { expandInputs } = await import('../batch/inputs')
  const { analyseInputs } = await import('./analyse-inputs')
  // standard input has no name: its first line says whether it is records (the line filter) or an article
  let stdinFormat = null
  if (inputs.includes('-') && parsed.inputFormat === 'auto') {
    const { sniffRecordFormat } = await import('../input/records/sniff-format')
    stdinFormat = sniffRecordFormat(await stdin.firstLine())
  }
  const expanded = await expandInputs(inputs, { extensions: parsed.extensions, inputFormat: parsed.inputFormat, stdinFormat })
  for (const notice of expanded.notices) context.stderr.write(`analyze: ${notice.source}: ${notice.message}\n`)
  return analyseInputs(expanded, parsed, context, stdin)
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}
