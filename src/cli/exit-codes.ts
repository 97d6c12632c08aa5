// Exit codes, the same in --help and the README:
//   0  every input was analysed
//   1  some input failed (missing file, directory, empty, binary, undecodable); the others were analysed
//   2  usage error (unknown option, --date nonsense) or fatal error (a bug, output could not be written)
// A 2 is never lowered to 1 or 0 later on, so a script never mistakes a crash for a bad file.
export const EXIT_OK = 0
export const EXIT_INPUT_FAILED = 1
export const EXIT_FATAL = 2

export type ExitCode = typeof EXIT_OK | typeof EXIT_INPUT_FAILED | typeof EXIT_FATAL

/** The worse of two outcomes. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return a > b ? a : b
}
