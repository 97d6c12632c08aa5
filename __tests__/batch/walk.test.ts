// The folder walk on real folders in the temp directory (and on a file system that refuses to list a
// folder, which a test running as root could not arrange for real).
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { walkFolder } from '../../src/batch/walk'
import { nodeFileSystem, type WalkFileSystem } from '../../src/batch/file-system'
import type { InputItem } from '../../src/batch/input-items'

let root: string
const at = (...parts: string[]) => join(root, ...parts)
const write = (path: string, text = 'Mr Merz said so.\n') => {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
}
const files = (items: InputItem[]) => items.filter((i) => i.kind === 'file').map((i) => i.source)
const failures = (items: InputItem[]) => items.filter((i) => i.kind === 'failure').map((i) => [i.source, i.kind === 'failure' ? i.error : ''])

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'analyze-walk-'))
  write(at('articles', 'b.txt'))
  write(at('articles', 'a.txt'))
  write(at('articles', 'UPPER.TXT'))
  write(at('articles', 'notes.md'))
  write(at('articles', 'bbc', '2004', 'deep.txt'))
  write(at('articles', 'bbc', 'c.txt'))
  write(at('articles', '.drafts', 'secret.txt'))
  write(at('articles', '.hidden.txt'))
  write(at('articles', '.DS_Store'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('walkFolder', () => {
  it('finds the .txt files below a folder, sorted at each level, depth first', async () => {
    const { items } = await walkFolder(at('articles'), { extensions: ['txt'] })
    expect(files(items)).toEqual([
      at('articles', 'UPPER.TXT'),
      at('articles', 'a.txt'),
      at('articles', 'b.txt'),
      at('articles', 'bbc', '2004', 'deep.txt'),
      at('articles', 'bbc', 'c.txt'),
    ])
  })

  it('reports hidden folders and hidden articles, and counts the other files it skipped', async () => {
    const { notices } = await walkFolder(at('articles'), { extensions: ['txt'] })
    expect(notices).toEqual([
      { source: at('articles', '.drafts'), message: 'hidden, skipped' },
      { source: at('articles', '.hidden.txt'), message: 'hidden, skipped' },
      // notes.md and .DS_Store
      { source: at('articles'), message: 'skipped 2 files not ending in .txt (--ext chooses the extensions)' },
    ])
  })

  it('takes other extensions with --ext', async () => {
    const { items, notices } = await walkFolder(at('articles'), { extensions: ['md', 'txt'] })
    expect(files(items)).toContain(at('articles', 'notes.md'))
    expect(notices[notices.length - 1].message).toBe('skipped 1 file not ending in .md or .txt (--ext chooses the extensions)')
    expect(files((await walkFolder(at('articles'), { extensions: ['md'] })).items)).toEqual([at('articles', 'notes.md')])
  })

  it('makes a folder without articles a failure, so it is never silently nothing', async () => {
    mkdirSync(at('empty'))
    write(at('only-md', 'x.md'))
    expect((await walkFolder(at('empty'), { extensions: ['txt'] })).items).toEqual([{ kind: 'failure', source: at('empty'), error: 'no .txt files in this folder' }])
    expect(failures((await walkFolder(at('only-md'), { extensions: ['txt'] })).items)).toEqual([[at('only-md'), 'no .txt files in this folder']])
  })

  it('follows symbolic links, reports broken ones, and does not go round a loop', async () => {
    write(at('linked', 'real', 'r.txt'))
    symlinkSync(at('linked', 'real'), at('linked', 'alias'))
    symlinkSync(at('linked', 'real', 'r.txt'), at('linked', 'file-link.txt'))
    symlinkSync(at('linked', 'nowhere.txt'), at('linked', 'broken.txt'))
    symlinkSync(at('linked'), at('linked', 'real', 'up'))
    const { items, notices } = await walkFolder(at('linked'), { extensions: ['txt'] })
    expect(files(items)).toEqual([at('linked', 'alias', 'r.txt'), at('linked', 'file-link.txt'), at('linked', 'real', 'r.txt')])
    expect(failures(items)).toEqual([[at('linked', 'broken.txt'), 'no such file (a broken symbolic link?)']])
    expect(notices).toEqual([
      { source: at('linked', 'alias', 'up'), message: 'links back to a folder above it, skipped' },
      { source: at('linked', 'real', 'up'), message: 'links back to a folder above it, skipped' },
    ])
  })

  it('makes a FIFO with the article extension a failure instead of reading it (which could block)', async () => {
    write(at('special', 'ok.txt'))
    const made = spawnSync('mkfifo', [at('special', 'pipe.txt')])
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`)
    const { items } = await walkFolder(at('special'), { extensions: ['txt'] })
    expect(files(items)).toEqual([at('special', 'ok.txt')])
    expect(failures(items)).toEqual([[at('special', 'pipe.txt'), 'not a regular file']])
  })

  it('makes a folder it cannot list a failure, and goes on with the rest', async () => {
    write(at('locked-tree', 'a.txt'))
    write(at('locked-tree', 'locked', 'b.txt'))
    write(at('locked-tree', 'z.txt'))
    const locked = at('locked-tree', 'locked')
    const refusing: WalkFileSystem = {
      stat: nodeFileSystem.stat,
      readdir: async (path: string): Promise<Dirent[]> => {
        if (path === locked) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
        return nodeFileSystem.readdir(path)
      },
    }
    const { items } = await walkFolder(at('locked-tree'), { extensions: ['txt'] }, refusing)
    expect(items).toEqual([
      { kind: 'file', source: at('locked-tree', 'a.txt') },
      { kind: 'failure', source: locked, error: 'permission denied' },
      { kind: 'file', source: at('locked-tree', 'z.txt') },
    ])
  })

  // root reads every folder whatever its mode, so this one runs only for other users (the test above covers root)
  const runningAsRoot = process.getuid?.() === 0
  ;(runningAsRoot ? it.skip : it)('makes a folder without read permission a failure (not as root)', async () => {
    write(at('chmod-tree', 'a.txt'))
    write(at('chmod-tree', 'locked', 'b.txt'))
    chmodSync(at('chmod-tree', 'locked'), 0o000)
    try {
      const { items } = await walkFolder(at('chmod-tree'), { extensions: ['txt'] })
      expect(failures(items)).toEqual([[at('chmod-tree', 'locked'), 'permission denied']])
      expect(files(items)).toEqual([at('chmod-tree', 'a.txt')])
    } finally {
      chmodSync(at('chmod-tree', 'locked'), 0o755)
    }
  })

  it('makes a folder that is gone a failure', async () => {
    expect(failures((await walkFolder(at('no-such-folder'), { extensions: ['txt'] })).items)).toEqual([[at('no-such-folder'), 'no such file (a broken symbolic link?)']])
  })
})
