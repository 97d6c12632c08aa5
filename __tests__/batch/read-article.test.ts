import { mkdtempSync, promises, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatBytes, readArticle } from '../../src/batch/read-article'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-read-article-'))
  writeFileSync(join(dir, 'small.txt'), '“Yes,” she said.')
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(3000))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readArticle', () => {
  it('reads and decodes a file', async () => {
    expect(await readArticle({ kind: 'file', source: join(dir, 'small.txt') }, { maxBytes: 1000 })).toEqual({ ok: true, source: join(dir, 'small.txt'), text: '“Yes,” she said.', encoding: 'utf-8' })
  })

  it('refuses a file over --max-bytes without reading it', async () => {
    const source = join(dir, 'big.txt')
    expect(await readArticle({ kind: 'file', source }, { maxBytes: 2048 })).toEqual({ ok: false, record: { source, error: 'too large: 2.9 KiB, more than --max-bytes 2 KiB' } })
  })

  it('refuses standard input over --max-bytes too', async () => {
    const readStdin = async () => Buffer.from('y'.repeat(2000))
    expect(await readArticle({ kind: 'stdin', source: '-' }, { maxBytes: 1000, readStdin })).toEqual({ ok: false, record: { source: '-', error: 'too large: 2 KiB, more than --max-bytes 1000 bytes' } })
    expect(await readArticle({ kind: 'stdin', source: '-' }, { maxBytes: 5000, readStdin })).toMatchObject({ ok: true, source: '-' })
  })

  it('words the input layer’s problems as records', async () => {
    const missing = join(dir, 'missing.txt')
    expect(await readArticle({ kind: 'file', source: missing }, { maxBytes: 1000 })).toEqual({ ok: false, record: { source: missing, error: 'no such file' } })
    expect(await readArticle({ kind: 'failure', source: 'x/', error: 'no .txt files in this folder' }, { maxBytes: 1000 })).toEqual({ ok: false, record: { source: 'x/', error: 'no .txt files in this folder' } })
  })

  it('looks a file up once, for its size, and not again to read it', async () => {
    const lookups = jest.spyOn(promises, 'stat')
    try {
      expect(await readArticle({ kind: 'file', source: join(dir, 'small.txt') }, { maxBytes: 1000 })).toMatchObject({ ok: true, text: '“Yes,” she said.' })
      expect(lookups).toHaveBeenCalledTimes(1)
      // a folder named as a file is still found to be one
      expect(await readArticle({ kind: 'file', source: dir }, { maxBytes: 1000 })).toEqual({ ok: false, record: { source: dir, error: expect.stringMatching(/director|folder/) } })
    } finally {
      lookups.mockRestore()
    }
  })

  it.each([[900, '900 bytes'], [1024, '1 KiB'], [1536, '1.5 KiB'], [2 ** 20, '1 MiB'], [5 * 2 ** 30, '5 GiB']])('formatBytes(%i) = %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
