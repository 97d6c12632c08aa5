// The inputs as typed → the list of things to analyse, in input order:
//   "-"                 standard input
//   "https://…"         a page to fetch
//   a folder            every file below it with the extension (walk.ts)
//   a pattern           'news/**/*.txt' when no file has that very name (glob-expand.ts)
//   export.ndjson, .csv a file of records (by its name, or --input-format): one article a record, read later
//   anything else       a file; reading it says if it is missing or not text
// The whole list is made before analysis starts: it gives the progress bar its total and --sort its order,
// and it is small (a path per article) next to what analysing holds.
import { nodeFileSystem, type WalkFileSystem } from './file-system'
import { isGlobPattern } from './glob'
import { expandGlob } from './glob-expand'
import { isAddress, type Expansion, type InputItem, type Notice } from './input-items'
import { walkFolder, type WalkOptions } from './walk'
import { isRecordFormat, recordFormatOfName, type InputFormatChoice, type RecordFormat } from '../input/records/record-format'

export interface ExpandOptions extends WalkOptions {
  /** --input-format: "auto" (by name), or what every input is. */
  inputFormat?: InputFormatChoice
  /** What standard input turned out to be, when "auto" (the CLI looks at its first line): records or not. */
  stdinFormat?: RecordFormat | null
}

export interface ExpandedInputs extends Expansion {
  /**
   * Several inputs, a folder or a pattern: the output is for a batch (JSON as {"articles": [...], …})
   * however many files it turned out to hold. One plain file or "-" keeps the single-article output.
   */
  batch: boolean
  /** Some input is a file of records: how many articles there are is known only once they are read. */
  records: boolean
}

export async function expandInputs(inputs: string[], options: ExpandOptions, fs: WalkFileSystem = nodeFileSystem): Promise<ExpandedInputs> {
  const items: InputItem[] = []
  const notices: Notice[] = []
  let batch = inputs.length > 1
  const forced = options.inputFormat ?? 'auto'
  for (const input of inputs) {
    if (input === '-') {
      const format = isRecordFormat(forced) ? forced : forced === 'auto' ? (options.stdinFormat ?? null) : null
      items.push(format ? { kind: 'records', source: '-', format } : { kind: 'stdin', source: '-', ...articleFormat(forced) })
      continue
    }
    if (isAddress(input)) {
      items.push({ kind: 'url', source: input })
      continue
    }
    const kind = await kindOf(input, fs)
    if (kind === 'folder' || (kind === 'missing' && isGlobPattern(input))) {
      const expansion = kind === 'folder' ? await walkFolder(input, options, fs) : await expandGlob(input, options, fs)
      items.push(...expansion.items)
      notices.push(...expansion.notices)
      batch = true
    } else {
      items.push({ kind: 'file', source: input })
    }
  }
  const typed = items.map((item) => (item.kind === 'file' ? fileItem(item.source, forced) : item))
  const records = typed.some((item) => item.kind === 'records')
  return { items: typed, notices, batch: batch || records, records }
}

/** A file as its name (or --input-format) says: records, a page or a text. */
function fileItem(source: string, forced: InputFormatChoice): InputItem {
  const format = isRecordFormat(forced) ? forced : forced === 'auto' ? recordFormatOfName(source) : null
  return format ? { kind: 'records', source, format } : { kind: 'file', source, ...articleFormat(forced) }
}

function articleFormat(forced: InputFormatChoice): { format?: 'text' | 'html' } {
  return forced === 'text' || forced === 'html' ? { format: forced } : {}
}

async function kindOf(input: string, fs: WalkFileSystem): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await fs.stat(input)).isDirectory() ? 'folder' : 'other'
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'other'
  }
}
