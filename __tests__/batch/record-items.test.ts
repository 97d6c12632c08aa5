// Files of records expanded into one item a record, between the other inputs, and read into articles.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputItem } from '../../src/batch/input-items'
import { readArticle } from '../../src/batch/read-article'
import { withRecords } from '../../src/batch/record-items'
import { chunksOf, collect } from '../input/records/chunks'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-record-items-'))
  writeFileSync(join(dir, 'export.ndjson'), '{"id":"a","text":"One."}\n{"id":"b"}\n')
  mkdirSync(join(dir, 'folder.ndjson'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const show = (item: InputItem) => (item.kind === 'record' ? `${item.place} ${item.article.text}` : item.kind === 'failure' ? `${item.place ?? item.source}: ${item.error}` : `${item.kind} ${item.source}`)

describe('withRecords', () => {
  it('puts each record in the place of its file, other inputs as they are', async () => {
    const items: InputItem[] = [
      { kind: 'file', source: 'a.txt' },
      { kind: 'records', source: join(dir, 'export.ndjson'), format: 'ndjson' },
      { kind: 'records', source: '-', format: 'ndjson' },
      { kind: 'file', source: 'b.txt' },
    ]
    const expanded = await collect(withRecords(items, { maxBytes: 1000, stdinChunks: () => chunksOf('{"text":"From stdin."}\n') }))
    expect(expanded.map(show)).toEqual([
      'file a.txt',
      `${join(dir, 'export.ndjson')}:1 One.`,
      `${join(dir, 'export.ndjson')}:2: no text field (tried text, body, content, articleBody, article)`,
      '<stdin>:1 From stdin.',
      'file b.txt',
    ])
  })

  it.each<[string, string, string]>([
    ['a missing file', 'missing.ndjson', 'no such file'],
    ['a folder', 'folder.ndjson', 'is a directory (give the files inside it)'],
  ])('%s is one failure', async (_, name, error) => {
    const [item] = await collect(withRecords([{ kind: 'records', source: join(dir, name), format: 'ndjson' }], { maxBytes: 1000 }))
    expect(item).toEqual({ kind: 'failure', source: join(dir, name), error })
  })

  it('standard input without a stream to read is one failure', async () => {
    expect(await collect(withRecords([{ kind: 'records', source: '-', format: 'csv' }], { maxBytes: 1000 }))).toEqual([
      { kind: 'failure', source: '-', error: 'standard input cannot be read here' },
    ])
  })
})

describe('readArticle on a record', () => {
  const record = (text: string, extra: object = {}): InputItem => ({
    kind: 'record', source: 'e.ndjson#4', place: 'e.ndjson:4', encoding: 'utf-8',
    article: { text, id: 'r4', published: '2025-08-19', title: null, url: 'https://example.org/a', ...extra },
  })

  it('a text as it is, with what the record says', async () => {
    expect(await readArticle(record('“Yes,” she said.'), { maxBytes: 1000 })).toEqual({
      ok: true, source: 'e.ndjson#4', place: 'e.ndjson:4', text: '“Yes,” she said.', encoding: 'utf-8',
      record: { id: 'r4', published: '2025-08-19', title: null, url: 'https://example.org/a' },
    })
  })

  it('a page in the text field: its article body and what the page says', async () => {
    const html = '<!DOCTYPE html><html lang="en"><head><title>Storm | Courier</title><meta property="og:site_name" content="Courier"></head><body><nav>Home · News</nav><article><h1>Storm</h1><p>“We cannot take the risk,” Ms Lee said of the schools, which will stay shut until Friday.</p><p>Rivers rose overnight across the valley.</p></article></body></html>'
    const read = await readArticle(record(html), { maxBytes: 100_000 })
    expect(read).toMatchObject({ ok: true, page: { title: 'Storm', siteName: 'Courier', lang: 'en' }, record: { id: 'r4' } })
    expect(read.ok && read.text).toMatch(/^“We cannot take the risk,” Ms Lee said/)
    expect(read.ok && read.text).not.toContain('Home')
  })

  it('a page without article text fails, named by its line and with the record’s id', async () => {
    expect(await readArticle(record('<html><body><nav><a href="/">Home</a></nav></body></html>'), { maxBytes: 1000 })).toEqual({
      ok: false, place: 'e.ndjson:4', record: { source: 'e.ndjson#4', id: 'r4', error: 'no article text in this page' },
    })
  })

  it('a date it could not read is a warning', async () => {
    expect(await readArticle(record('Words.', { published: null, dateProblem: 'date "soon" not read (ISO 8601, RFC 2822 or epoch seconds are)' }), { maxBytes: 1000 })).toMatchObject({
      ok: true, warning: 'date "soon" not read (ISO 8601, RFC 2822 or epoch seconds are); the text\'s own date is used',
    })
  })
})
