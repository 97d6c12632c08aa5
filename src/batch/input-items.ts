// What the command line's inputs become once folders and patterns are expanded: a list of things to
// analyse, in input order, where an input that cannot even be listed is already a failure record.
// A file of records is one item in that list, and becomes one item a record as it is read (record-items.ts).
import type { RecordArticle } from '../input/records/record-fields'
import type { RecordFormat } from '../input/records/record-format'

/** --input-format text or html: read every file (and standard input) as that, whatever its name or content. */
export type ArticleFormat = 'text' | 'html'

export type InputItem =
  /** A file to read (given, found in a folder, or matched by a pattern). */
  | { kind: 'file'; source: string; format?: ArticleFormat }
  /** Standard input, "-". */
  | { kind: 'stdin'; source: '-'; format?: ArticleFormat }
  /** A web address to fetch ("https://example.org/news/story"). */
  | { kind: 'url'; source: string }
  /** A file (or standard input, "-") of records: export.ndjson, export.csv, … */
  | { kind: 'records'; source: string; format: RecordFormat }
  /** One record of such a file, read: "export.ndjson#17", placed "export.ndjson:17" in messages. */
  | { kind: 'record'; source: string; place: string; article: RecordArticle; encoding: string }
  /**
   * Known to fail before analysis: a folder that cannot be listed, a pattern that matches nothing, a record
   * without text. `place` is how messages name it when that is not `source` ("export.ndjson:3").
   */
  | { kind: 'failure'; source: string; error: string; place?: string; id?: string }

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
