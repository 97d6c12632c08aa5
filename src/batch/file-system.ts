// The few file-system calls the folder walk and the glob expansion make, behind an interface: tests hand
// in a file system where a folder cannot be listed, which a test running as root cannot arrange for real.
import { promises as fs, type Dirent, type Stats } from 'node:fs'

export interface WalkFileSystem {
  /** The entries of a folder (types as listed; a symbolic link shows as one). */
  readdir(path: string): Promise<Dirent[]>
  /** Follows symbolic links. */
  stat(path: string): Promise<Stats>
}

export const nodeFileSystem: WalkFileSystem = {
  readdir: (path) => fs.readdir(path, { withFileTypes: true }),
  stat: (path) => fs.stat(path),
}

/** "permission denied" for EACCES, and so on: the same words the input reader uses for a file. */
export function describeFileSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file (a broken symbolic link?)'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`
  }
}
