// A folder → every article file below it, in a stable order (names sorted at each level, depth first).
//
//   articles/bbc/001.txt           analysed
//   articles/notes.md              skipped: counted in one notice ("skipped 1 file not ending in .txt")
//   articles/.drafts/, .x.txt      skipped, one notice each: hidden entries are reported, never dropped silently
//   articles/locked/ (EACCES)      a failure record: the folder cannot be listed
//   articles/gone.txt → missing    a failure record: a broken link with the article extension
//   articles/pipe.txt (a FIFO)     a failure record: not a regular file (reading it could block for ever)
// Symbolic links are followed; a link back to a folder above it is reported and not followed again.
import { join } from 'node:path'
import type { Dirent } from 'node:fs'
import { describeFileSystemError, nodeFileSystem, type WalkFileSystem } from './file-system'
import { byName, describeExtensions, failure, hasExtension, type Expansion, type InputItem, type Notice } from './input-items'

export interface WalkOptions {
  /** Extensions without the dot, e.g. ["txt"]. */
  extensions: string[]
}

export async function walkFolder(root: string, options: WalkOptions, fs: WalkFileSystem = nodeFileSystem): Promise<Expansion> {
  const items: InputItem[] = []
  const notices: Notice[] = []
  let otherFiles = 0
  const wanted = (name: string) => hasExtension(name, options.extensions)

  /** Folders on the way down, by device and inode, to notice a link that leads back up. */
  const ancestors: string[] = []

  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await fs.readdir(dir)
    } catch (error) {
      items.push(failure(dir, describeFileSystemError(error)))
      return
    }
    for (const entry of entries.sort(byName)) {
      const path = join(dir, entry.name)
      if (entry.name.startsWith('.')) {
        // .DS_Store and the like are just other files; a hidden folder or article is worth a line
        if (entry.isDirectory() || entry.isSymbolicLink() || wanted(entry.name)) notices.push({ source: path, message: 'hidden, skipped' })
        else otherFiles++
        continue
      }
      let kind: 'folder' | 'file' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'
      let id = ''
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        try {
          const stats = await fs.stat(path)
          kind = stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other'
          id = `${stats.dev}:${stats.ino}`
        } catch (error) {
          if (wanted(entry.name) || entry.isDirectory()) items.push(failure(path, describeFileSystemError(error)))
          else otherFiles++
          continue
        }
      }
      if (kind === 'folder') {
        if (ancestors.includes(id)) {
          notices.push({ source: path, message: 'links back to a folder above it, skipped' })
          continue
        }
        ancestors.push(id)
        await visit(path)
        ancestors.pop()
      } else if (!wanted(entry.name)) {
        otherFiles++
      } else {
        items.push(kind === 'file' ? { kind: 'file', source: path } : failure(path, 'not a regular file'))
      }
    }
  }

  try {
    const stats = await fs.stat(root)
    ancestors.push(`${stats.dev}:${stats.ino}`)
  } catch (error) {
    return { items: [failure(root, describeFileSystemError(error))], notices }
  }
  await visit(root)

  const extensions = describeExtensions(options.extensions)
  if (otherFiles > 0) {
    const files = otherFiles === 1 ? '1 file' : `${otherFiles} files`
    notices.push({ source: root, message: `skipped ${files} not ending in ${extensions} (--ext chooses the extensions)` })
  }
  if (items.length === 0) items.push(failure(root, `no ${extensions} files in this folder`))
  return { items, notices }
}
