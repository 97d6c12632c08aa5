// The order a pool takes a batch's files in when its output follows completion order: the largest first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { largestFirst } from '../../src/batch/largest-first'
import type { InputItem } from '../../src/batch/input-items'

let dir: string
const file = (name: string): InputItem => ({ kind: 'file', source: join(dir, name) })
const names = (items: InputItem[]) => items.map((item) => item.source.replace(`${dir}/`, ''))

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-largest-'))
  const sizes: Record<string, number> = { 'a-short.txt': 120, 'b-long.txt': 9000, 'c-middle.txt': 2400, 'd-middle-too.txt': 2400, 'e-empty.txt': 0 }
  for (const [name, size] of Object.entries(sizes)) writeFileSync(join(dir, name), 'x'.repeat(size))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('largestFirst', () => {
  it('puts the largest files first; files of the same size keep their order', async () => {
    const items = ['a-short.txt', 'b-long.txt', 'c-middle.txt', 'd-middle-too.txt', 'e-empty.txt'].map(file)
    expect(names(await largestFirst(items))).toEqual(['b-long.txt', 'c-middle.txt', 'd-middle-too.txt', 'a-short.txt', 'e-empty.txt'])
    expect(names(await largestFirst([file('d-middle-too.txt'), file('c-middle.txt')]))).toEqual(['d-middle-too.txt', 'c-middle.txt'])
  })

  it('keeps what is not a file, and a file it cannot measure, before the files, in the order given', async () => {
    const items: InputItem[] = [
      file('a-short.txt'),
      { kind: 'url', source: 'https://example.org/story' },
      file('gone.txt'),
      { kind: 'failure', source: 'photo.png', error: 'binary file' },
      file('b-long.txt'),
      { kind: 'stdin', source: '-' },
    ]
    expect(names(await largestFirst(items))).toEqual(['https://example.org/story', 'gone.txt', 'photo.png', '-', 'b-long.txt', 'a-short.txt'])
  })

  it('leaves the list it was given as it was', async () => {
    const items = [file('a-short.txt'), file('b-long.txt')]
    await largestFirst(items)
    expect(names(items)).toEqual(['a-short.txt', 'b-long.txt'])
  })
})
