import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInput } from '../../src/input/read'

describe('readInput', () => {
  let dir: string
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-read-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads and decodes a text file, keeping the path as the source', async () => {
    const path = file('article.txt', Buffer.from('\ufeff“Yes,” she said.'))
    expect(await readInput(path)).toEqual({ ok: true, input: { source: path, text: '“Yes,” she said.', encoding: 'utf-8', format: 'text' } })
  })

  it('reads "-" through the stdin reader it is given', async () => {
    const result = await readInput('-', { readStdin: async () => Buffer.from('He said so.') })
    expect(result).toEqual({ ok: true, input: { source: '-', text: 'He said so.', encoding: 'utf-8', format: 'text' } })
  })

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'not-found', 'no such file'],
    ['a path through a file', () => join(file('plain.txt', 'x'), 'inside.txt'), 'not-found', 'no such file'],
    ['a directory', () => { mkdirSync(join(dir, 'folder'), { recursive: true }); return join(dir, 'folder') }, 'directory', 'is a directory (give the article files inside it)'],
    ['an empty file', () => file('empty.txt', ''), 'empty', 'empty file'],
    ['a blank file', () => file('blank.txt', '\n\n   \n'), 'empty', 'empty file'],
    ['a PNG', () => file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), 'binary', 'binary file (not text): looks like a PNG image'],
    ['binary without a known signature', () => file('data.bin', Buffer.from([1, 0, 0, 2, 0, 3, 0, 0, 9])), 'binary', 'binary file (not text)'],
    ['undecodable bytes', () => file('odd.txt', Buffer.from([0x61, 0x81, 0x62])), 'undecodable', 'not text in UTF-8, UTF-16 or Windows-1252'],
  ])('refuses %s with a one-line reason', async (_name, makePath, problem, message) => {
    const path = makePath()
    expect(await readInput(path)).toEqual({ ok: false, error: { source: path, problem, message } })
  })

  it('calls empty standard input "empty input"', async () => {
    const result = await readInput('-', { readStdin: async () => Buffer.alloc(0) })
    expect(result).toEqual({ ok: false, error: { source: '-', problem: 'empty', message: 'empty input' } })
  })

  it('refuses "-" when no stdin reader is given', async () => {
    expect(await readInput('-')).toMatchObject({ ok: false, error: { problem: 'stdin-unavailable' } })
  })

  // root reads everything, so the permission check can only be seen as another user.
  const asNonRoot = process.getuid?.() === 0 ? it.skip : it
  asNonRoot('reports a file it may not read', async () => {
    const path = file('secret.txt', 'text')
    chmodSync(path, 0o000)
    expect(await readInput(path)).toEqual({ ok: false, error: { source: path, problem: 'permission-denied', message: 'permission denied' } })
  })
})

describe('readStream', () => {
  it('collects every chunk of a stream, split multi-byte characters included', async () => {
    const { Readable } = await import('node:stream')
    const { readStream } = await import('../../src/input/read-stream')
    const quote = Buffer.from('“Yes,” she said.')
    const chunks = [quote.subarray(0, 1), quote.subarray(1, 5), quote.subarray(5)]
    expect((await readStream(Readable.from(chunks))).toString('utf8')).toBe('“Yes,” she said.')
  })
})
