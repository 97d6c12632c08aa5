// The inputs as typed → the list of things to analyse, in input order:
//   "-"                 standard input
//   "https://…"         a page to fetch
//   a folder            every file below it with the extension (walk.ts)
//   a pattern           'news/**/*.txt' when no file has that very name (glob-expand.ts)
//   anything else       a file; reading it says if it is missing or not text
// The whole list is made before analysis starts: it gives the progress bar its total and --sort its order,
// and it is small (a path per article) next to what analysing holds.
import { nodeFileSystem, type WalkFileSystem } from './file-system'
import { isGlobPattern } from './glob'
import { expandGlob } from './glob-expand'
import { isAddress, type Expansion, type InputItem, type Notice } from './input-items'
import { walkFolder, type WalkOptions } from './walk'

export interface ExpandedInputs extends Expansion {
  /**
   * Several inputs, a folder or a pattern: the output is for a batch (JSON as {"articles": [...], …})
   * however many files it turned out to hold. One plain file or "-" keeps the single-article output.
   */
  batch: boolean
}

export async function expandInputs(inputs: string[], options: WalkOptions, fs: WalkFileSystem = nodeFileSystem): Promise<ExpandedInputs> {
  const items: InputItem[] = []
  const notices: Notice[] = []
  let batch = inputs.length > 1
  for (const input of inputs) {
    if (input === '-') {
      items.push({ kind: 'stdin', source: '-' })
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
  return { items, notices, batch }
}

async function kindOf(input: string, fs: WalkFileSystem): Promise<'folder' | 'other' | 'missing'> {
  try {
    return (await fs.stat(input)).isDirectory() ? 'folder' : 'other'
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'other'
  }
}
