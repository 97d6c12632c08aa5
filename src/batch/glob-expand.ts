// A glob pattern → the files it matches, segment by segment, so that "*.txt" lists one folder rather
// than walking everything below it. Matching rules are in glob.ts; a matched folder is walked like a
// folder given on the command line (with --ext), as it would be had the shell expanded the pattern.
//
//   'news/**/*.txt'         every .txt file in news/ and below ("**" does not follow symbolic links,
//                           so a link cannot lead it round in circles)
//   '{bbc,wikinews}/*.txt'  both folders, in that order
//   'drafts/*.txt'          skips drafts/.old.txt, with a notice that it did
import { join } from 'node:path'
import { describeFileSystemError, nodeFileSystem, type WalkFileSystem } from './file-system'
import { expandBraces, matchSegment, segmentHasMagic, splitSegments } from './glob'
import { byName, failure, type Expansion, type InputItem, type Notice } from './input-items'
import { walkFolder, type WalkOptions } from './walk'

export async function expandGlob(pattern: string, options: WalkOptions, fs: WalkFileSystem = nodeFileSystem): Promise<Expansion> {
  const items: InputItem[] = []
  const notices: Notice[] = []
  const seen = new Set<string>()
  const add = (expansion: Expansion) => {
    notices.push(...expansion.notices)
    for (const item of expansion.items) {
      if (seen.has(item.source)) continue
      seen.add(item.source)
      items.push(item)
    }
  }
  const at = (path: string) => path || '.'

  /** A path the pattern has fully matched: a file is an input, a folder is walked. */
  const matched = async (path: string) => {
    try {
      const stats = await fs.stat(at(path))
      if (stats.isDirectory()) add(await walkFolder(path, options, fs))
      else add({ items: [stats.isFile() ? { kind: 'file', source: path } : failure(path, 'not a regular file')], notices: [] })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') add({ items: [failure(path, describeFileSystemError(error))], notices: [] })
    }
  }

  const isFolder = async (path: string) => {
    try {
      return (await fs.stat(at(path))).isDirectory()
    } catch {
      return false
    }
  }

  const list = async (path: string) => {
    try {
      return (await fs.readdir(at(path))).sort(byName)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') add({ items: [failure(path, describeFileSystemError(error))], notices: [] })
      return []
    }
  }

  const step = async (path: string, segments: string[], i: number): Promise<void> => {
    const segment = segments[i]
    const last = i === segments.length - 1
    if (segment === '**') {
      if (last) return matched(path) // "news/**": everything below news/, as the folder walk finds it
      await step(path, segments, i + 1)
      for (const entry of await list(path)) {
        if (!entry.isDirectory()) continue
        const child = join(path, entry.name)
        if (entry.name.startsWith('.')) notices.push({ source: child, message: 'hidden, skipped' })
        else await step(child, segments, i)
      }
    } else if (!segmentHasMagic(segment)) {
      const child = join(path, segment)
      if (last) await matched(child)
      else if (await isFolder(child)) await step(child, segments, i + 1)
    } else {
      for (const entry of await list(path)) {
        const child = join(path, entry.name)
        if (!matchSegment(entry.name, segment)) {
          if (matchSegment(entry.name, segment, { dot: true })) notices.push({ source: child, message: 'hidden, skipped' })
          continue
        }
        if (last) await matched(child)
        else if (await isFolder(child)) await step(child, segments, i + 1)
      }
    }
  }

  for (const one of expandBraces(pattern)) {
    const segments = splitSegments(one)
    if (segments[0] === '') {
      // an absolute pattern: "/data/news/*.txt"
      const rest = segments.slice(1).filter(Boolean)
      if (rest.length === 0) await matched('/')
      else await step('/', rest, 0)
    } else {
      await step('', segments.filter(Boolean), 0)
    }
  }
  if (items.length === 0) items.push(failure(pattern, 'no files match this pattern'))
  return { items, notices: dedupeNotices(notices) }
}

/** "**" can reach a hidden folder by several routes; say so once. */
function dedupeNotices(notices: Notice[]): Notice[] {
  const seen = new Set<string>()
  return notices.filter((notice) => {
    const key = `${notice.source}\n${notice.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
