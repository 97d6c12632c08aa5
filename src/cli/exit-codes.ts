// Exit codes, the same in --help and the README:
//   0    every input was analysed
//   1    some input failed (missing file, empty, binary, undecodable, too large); the others were analysed
//   2    usage error (unknown option, --date nonsense) or fatal error (a bug, output could not be written)
//   130  interrupted (Ctrl-C): the workers were stopped, every line written is whole
// A 2 is never lowered to 1 or 0 later on, so a script never mistakes a crash for a bad file.
export const EXIT_OK = 0
export const EXIT_INPUT_FAILED = 1
export const EXIT_FATAL = 2
/** 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130

export type ExitCode = typeof EXIT_OK | typeof EXIT_INPUT_FAILED | typeof EXIT_FATAL | typeof EXIT_INTERRUPTED

/** The worse of two outcomes. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return a > b ? a : b
}
