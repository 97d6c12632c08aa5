// Why an input could not be read, as a record: the CLI prints it as one line
// ("analyze: photo.png: binary file (not text)") and goes on with the other inputs.

export type InputProblem =
  | 'not-found'
  | 'directory'
  | 'permission-denied'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'stdin-unavailable'
  /** A URL that could not be fetched; the detail says why ("HTTP 404", "timed out after 30 s"). */
  | 'fetch-failed'
  /** A URL that answered with something else than a page or a text; the detail is its type. */
  | 'not-html'

export interface InputError {
  /** The path as given, or "-" for standard input. */
  source: string
  problem: InputProblem
  /** One line for people: "no such file", "binary file (not text)". */
  message: string
}

/** What the user typed, or "<stdin>" for "-": "analyze: <stdin>: empty input". */
export function displayName(source: string): string {
  return source === '-' ? '<stdin>' : source
}

export function inputError(source: string, problem: InputProblem, detail?: string): InputError {
  return { source, problem, message: describeProblem(problem, source === '-', detail) }
}

function describeProblem(problem: InputProblem, isStdin: boolean, detail?: string): string {
  switch (problem) {
    case 'not-found':
      return 'no such file'
    case 'directory':
      return 'is a directory (give the article files inside it)'
    case 'permission-denied':
      return 'permission denied'
    case 'unreadable':
      return detail ? `cannot be read (${detail})` : 'cannot be read'
    case 'empty':
      return isStdin ? 'empty input' : 'empty file'
    case 'binary':
      return detail ? `binary file (not text): looks like a ${detail}` : 'binary file (not text)'
    case 'undecodable':
      return 'not text in UTF-8, UTF-16 or Windows-1252'
    case 'stdin-unavailable':
      return 'standard input cannot be read here'
    case 'fetch-failed':
      return detail ?? 'cannot be fetched'
    case 'not-html':
      return `not HTML or text: ${detail ?? 'no content type'}`
  }
}
