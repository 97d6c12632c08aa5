// One run of the command: parse the arguments, read each input, analyse it, render, write.
// Everything the run needs from outside comes in through CliContext, so tests can drive it without a process.
import type { Analysis, AnalyzeOptions } from '../model'
import { readInput } from '../input/read'
import { displayName } from '../input/input-error'
import { RENDERERS, renderOptions, type RenderOptions } from '../render'
import { decideColorLevel } from './color'
import { decideWidth } from './width'
import { parseCommandLine, type CliOptions } from './program'
import { EXIT_FATAL, EXIT_INPUT_FAILED, EXIT_OK, worse, type ExitCode } from './exit-codes'

export type AnalyzeFunction = (text: string, options: AnalyzeOptions) => Analysis

export interface CliContext {
  /** The arguments after "analyze". */
  argv: string[]
  env: Record<string, string | undefined>
  version: string
  stdout: {
    write(text: string): void
    isTTY: boolean
    columns?: number
    colorDepth?: number
  }
  stderr: { write(text: string): void }
  stdin: { isTTY: boolean; read(): Promise<Uint8Array> }
  /** Loads the analyser only when an article is actually read: `analyze --version` never loads compromise. */
  loadAnalyzer?: () => Promise<AnalyzeFunction>
}

const loadAnalyzerLazily = async (): Promise<AnalyzeFunction> => (await import('../analyze')).analyze

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

  const { analyses, exitCode } = await analyseAll(inputs, parsed, context)
  const batch = inputs.length > 1
  if (analyses.length > 0 || batch) {
    const output = RENDERERS[parsed.format](analyses, renderOptionsFor(parsed, context, batch))
    if (output !== '') context.stdout.write(output)
  }
  return exitCode
}

/** Width and colour are decided here, once, from the options and the terminal; renderers only obey. */
function renderOptionsFor(options: CliOptions, context: CliContext, batch: boolean): RenderOptions {
  const { stdout, env } = context
  return renderOptions({
    width: decideWidth({ requested: options.width, stdoutIsTTY: stdout.isTTY, terminalColumns: stdout.columns, env }),
    colorLevel: decideColorLevel({ colorFlag: options.color, env, stdoutIsTTY: stdout.isTTY, terminalColorDepth: stdout.colorDepth }),
    full: options.full,
    explain: options.explain,
    batch,
  })
}

/** Reads and analyses the inputs in order; a bad input is reported on stderr and the others go on. */
async function analyseAll(
  inputs: string[],
  options: CliOptions,
  context: CliContext,
): Promise<{ analyses: Analysis[]; exitCode: ExitCode }> {
  const analyses: Analysis[] = []
  let exitCode: ExitCode = EXIT_OK
  let analyze: AnalyzeFunction | undefined
  for (const source of inputs) {
    const result = await readInput(source, { readStdin: () => context.stdin.read() })
    if (!result.ok) {
      context.stderr.write(`analyze: ${displayName(source)}: ${result.error.message}\n`)
      exitCode = worse(exitCode, EXIT_INPUT_FAILED)
      continue
    }
    analyze ??= await (context.loadAnalyzer ?? loadAnalyzerLazily)()
    try {
      analyses.push(analyze(result.input.text, {
        source,
        explain: options.explain,
        ...(options.date !== null ? { published: options.date } : {}),
      }))
    } catch (error) {
      // A crash on one article is our bug, not the user's input: say so, go on, and exit 2 at the end.
      const reason = `could not be analysed (a bug in analyze): ${errorMessage(error)}`
      context.stderr.write(`analyze: ${displayName(source)}: ${reason}\n`)
      if (context.env.ANALYZE_DEBUG && error instanceof Error && error.stack) context.stderr.write(`${error.stack}\n`)
      exitCode = worse(exitCode, EXIT_FATAL)
    }
  }
  return { analyses, exitCode }
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]
}
