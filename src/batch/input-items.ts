// What the command line's inputs become once folders and patterns are expanded: a list of things to
// analyse, in input order, where an input that cannot even be listed is already a failure record.

export type InputItem =
  /** A file to read (given, found in a folder, or matched by a pattern). */
  | { kind: 'file'; source: string }
  /** Standard input, "-". */
  | { kind: 'stdin'; source: '-' }
  /** A web address to fetch ("https://example.org/news/story"). */
  | { kind: 'url'; source: string }
  /** Known to fail before reading: a folder that cannot be listed, a pattern that matches nothing. */
  | { kind: 'failure'; source: string; error: string }

/** Something skipped on purpose that the user should still hear about ("articles/.drafts: hidden, skipped"). */
export interface Notice {
  source: string
  message: string
}

export interface Expansion {
  items: InputItem[]
  notices: Notice[]
}

export const failure = (source: string, error: string): InputItem => ({ kind: 'failure', source, error })

/** "https://example.org/story", "HTTP://x", and "ftp://x" (refused when read): an address, not a path. */
export function isAddress(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input)
}

/** ["txt"] → ".txt"; ["txt", "md"] → ".txt or .md"; for messages. */
export function describeExtensions(extensions: string[]): string {
  const dotted = extensions.map((ext) => `.${ext}`)
  return dotted.length <= 1 ? dotted.join('') : `${dotted.slice(0, -1).join(', ')} or ${dotted[dotted.length - 1]}`
}

/** Whether a file name ends in one of the extensions, whatever its case ("NOTES.TXT" is a .txt file). */
export function hasExtension(name: string, extensions: string[]): boolean {
  const lower = name.toLowerCase()
  return extensions.some((ext) => lower.endsWith(`.${ext.toLowerCase()}`) && lower.length > ext.length + 1)
}

/** Plain code-unit order, the same on every machine and locale: "B.txt" before "a.txt". */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
