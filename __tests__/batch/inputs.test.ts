// Inputs as typed → the list to analyse: files, folders, quoted patterns and "-", in input order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expandInputs } from '../../src/batch/inputs'
import { expandGlob } from '../../src/batch/glob-expand'
import type { InputItem } from '../../src/batch/input-items'

let root: string
const at = (...parts: string[]) => join(root, ...parts)
const write = (path: string) => {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, 'Mr Merz said so.\n')
}
const sources = (items: InputItem[]) => items.map((i) => (i.kind === 'failure' ? `${i.source} ✗ ${i.error}` : i.source))
const txt = { extensions: ['txt'] }

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'analyze-inputs-'))
  for (const path of ['news/bbc/b1.txt', 'news/bbc/b2.txt', 'news/bbc/2004/old.txt', 'news/wikinews/w1.txt', 'news/wikinews/w1.md',
    'news/.cache/c.txt', 'news/.hidden.txt', 'news/top.txt', 'single.txt']) write(at(...path.split('/')))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('expandGlob', () => {
  it('"**" goes down any number of folders, never into hidden ones, and says so', async () => {
    const { items, notices } = await expandGlob(at('news', '**', '*.txt'), txt)
    expect(sources(items)).toEqual([
      at('news', 'top.txt'),
      at('news', 'bbc', 'b1.txt'),
      at('news', 'bbc', 'b2.txt'),
      at('news', 'bbc', '2004', 'old.txt'),
      at('news', 'wikinews', 'w1.txt'),
    ])
    expect(notices).toEqual([
      { source: at('news', '.hidden.txt'), message: 'hidden, skipped' },
      { source: at('news', '.cache'), message: 'hidden, skipped' },
    ])
  })

  it('lists one folder for "*" and follows braces in order', async () => {
    expect(sources((await expandGlob(at('news', 'bbc', '*.txt'), txt)).items)).toEqual([at('news', 'bbc', 'b1.txt'), at('news', 'bbc', 'b2.txt')])
    expect(sources((await expandGlob(at('news', '{wikinews,bbc}', '?1.*'), txt)).items)).toEqual([
      at('news', 'wikinews', 'w1.md'),
      at('news', 'wikinews', 'w1.txt'),
      at('news', 'bbc', 'b1.txt'),
    ])
  })

  it('walks a folder the pattern matches, as if the shell had expanded it', async () => {
    expect(sources((await expandGlob(at('news', 'wiki*'), txt)).items)).toEqual([at('news', 'wikinews', 'w1.txt')])
  })

  it('works relative to the current folder too', async () => {
    const cwd = process.cwd()
    process.chdir(root)
    try {
      expect(sources((await expandGlob('news/bbc/b?.txt', txt)).items)).toEqual(['news/bbc/b1.txt', 'news/bbc/b2.txt'])
    } finally {
      process.chdir(cwd)
    }
  })

  it('makes a pattern that matches nothing a failure', async () => {
    const pattern = at('news', '*.pdf')
    expect((await expandGlob(pattern, txt)).items).toEqual([{ kind: 'failure', source: pattern, error: 'no files match this pattern' }])
  })
})

describe('expandInputs', () => {
  it('keeps the input order: a file, a folder, a pattern, standard input', async () => {
    const expanded = await expandInputs([at('single.txt'), at('news', 'bbc'), at('news', 'wikinews', '*.txt'), '-'], txt)
    expect(sources(expanded.items)).toEqual([
      at('single.txt'),
      at('news', 'bbc', '2004', 'old.txt'),
      at('news', 'bbc', 'b1.txt'),
      at('news', 'bbc', 'b2.txt'),
      at('news', 'wikinews', 'w1.txt'),
      '-',
    ])
    expect(expanded.items[5]).toEqual({ kind: 'stdin', source: '-' })
    expect(expanded.batch).toBe(true)
  })

  it('leaves a missing file to the reader, which words it as for any file', async () => {
    expect((await expandInputs([at('missing.txt')], txt)).items).toEqual([{ kind: 'file', source: at('missing.txt') }])
  })

  it('takes a file whose name looks like a pattern as the file', async () => {
    write(at('odd', '[draft].txt'))
    expect(sources((await expandInputs([at('odd', '[draft].txt')], txt)).items)).toEqual([at('odd', '[draft].txt')])
  })

  it.each<[string, string[], boolean]>([
    ['one file', ['single.txt'], false],
    ['standard input', ['-'], false],
    ['two files', ['single.txt', 'single.txt'], true],
    ['a folder, even of one file', ['news/wikinews'], true],
    ['a pattern, even matching one file', ['news/bbc/b1.t?t'], true],
  ])('%s: batch is %s', async (_name, inputs, batch) => {
    const expanded = await expandInputs(inputs.map((input) => (input === '-' ? input : at(...input.split('/')))), txt)
    expect(expanded.batch).toBe(batch)
  })
})

describe('expandInputs: files of records', () => {
  const kinds = (items: InputItem[]) => items.map((i) => `${i.kind}${'format' in i && i.format ? `:${i.format}` : ''} ${i.source}`)

  it.each<[string, string[], object, string[], boolean]>([
    ['by name, any case', ['export.ndjson', 'e.JSONL', 'e.csv', 'e.tsv', 'e.tab', 'e.json', 'a.txt', 'p.html'], {},
      ['records:ndjson export.ndjson', 'records:ndjson e.JSONL', 'records:csv e.csv', 'records:tsv e.tsv', 'records:tsv e.tab', 'records:json e.json', 'file a.txt', 'file p.html'], true],
    ['--input-format for every input', ['export.txt', '-'], { inputFormat: 'csv' }, ['records:csv export.txt', 'records:csv -'], true],
    ['--input-format text: an .ndjson file read as an article', ['notes.ndjson'], { inputFormat: 'text' }, ['file:text notes.ndjson'], false],
    ['standard input sniffed as records', ['-'], { stdinFormat: 'ndjson' }, ['records:ndjson -'], true],
    ['standard input sniffed as an article', ['-'], { stdinFormat: null }, ['stdin -'], false],
  ])('%s', async (_, inputs, options, expected, batch) => {
    const expanded = await expandInputs(inputs, { extensions: ['txt'], ...options })
    expect(kinds(expanded.items)).toEqual(expected)
    expect(expanded.records).toBe(expected.some((k) => k.startsWith('records')))
    expect(expanded.batch).toBe(batch || inputs.length > 1)
  })
})
