// End-to-end: the built binary on files of records written here (NDJSON, CSV, TSV, a JSON array) in a temp
// folder, and as a line filter fed through a pipe a record at a time.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis } from '../../src/model'
import { assertBuildIsFresh, BIN, ROOT, runBinary } from './built-binary'
import { readCsv } from './csv-reader'

jest.setTimeout(120_000)

type Line = Analysis & { error?: string }
let tmp: string
const at = (name: string) => join(tmp, name)
const lines = (stdout: string): Line[] => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line)

const EXPORT = [
  { id: 'a1', title: 'Deal close', published: '2025-08-18T22:30:00-04:00', outlet: 'Courier', text: '“We will have a deal very soon,” Donald Trump told reporters on Monday.' },
  { _id: { $oid: '64f0c0ffee' }, body: '"We will have a deal very soon." Mr Trump said.', pubDate: 'Tue, 19 Aug 2025 10:00:00 +0000', outlet: 'Post' },
].map((record) => JSON.stringify(record))
  .concat(['{"id": "a3", "text": "cut off', '{"id": "a4", "headline": "No text here"}', '', '{"id": "a6", "text": "   "}'])
  .concat([JSON.stringify({ id: 'a7', date: 'sometime', outlet: 'Herald', content: '<html><head><title>Merkel hails day | Herald</title><meta property="og:site_name" content="Herald"></head><body><nav><a href="/">Home</a></nav><article><h1>Merkel hails day</h1><p>“This is a great day for Europe,” Angela Merkel said on Tuesday in Berlin.</p><p>She spoke after a meeting of European leaders that lasted late into the night.</p></article></body></html>' })])

beforeAll(() => {
  assertBuildIsFresh()
  tmp = mkdtempSync(join(tmpdir(), 'analyze-records-e2e-'))
  writeFileSync(at('export.ndjson'), EXPORT.join('\n') + '\n')
  // a spreadsheet's CSV: BOM, CRLF, a quoted field over three lines, a doubled quote mark, a broken row
  writeFileSync(at('export.csv'), '\ufeffstory_id,Outlet,Body\r\n7,Courier,"“We will win,” Ms Lee said.\r\n\r\nShe left the ""summit"" early."\r\n8,Post\r\n9,Herald,"“No,” he said."\r\n')
  writeFileSync(at('export.tsv'), 'id\ttext\n1\tHe said, "hi." “We are ready,” Ms Lee said.\n')
  writeFileSync(at('export.json'), JSON.stringify([
    { id: 1, text: '“We will have a deal very soon,” Donald Trump told reporters on Monday.' },
    { id: 2, text: '“We will have a deal very soon,” Mr Trump said on Tuesday.' },
    { id: 3, text: '“This is a great day for Europe,” Angela Merkel said.' },
  ], null, 2))
})
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }))

describe('files of records (built binary)', () => {
  it('NDJSON: a result a record in input order, with id and source; bad records are error records naming file and line; exit 1', () => {
    const run = runBinary([at('export.ndjson'), '--format', 'ndjson', '--keep-fields', 'outlet', '--jobs', '2'])
    expect(run.status).toBe(1)
    const name = at('export.ndjson')
    expect(run.stderr).toBe([
      `analyze: ${name}:3: not JSON`,
      `analyze: ${name}:4: no text field (tried text, body, content, articleBody, article)`,
      `analyze: ${name}:6: empty text`,
      `analyze: ${name}:7: date "sometime" not read (ISO 8601, RFC 2822 or epoch seconds are); the text's own date is used`,
      '',
    ].join('\n'))
    const results = lines(run.stdout)
    expect(results.map((r) => [r.source.slice(name.length), r.id, r.error ?? r.inputFormat])).toEqual([
      ['#1', 'a1', 'record'], ['#2', '64f0c0ffee', 'record'], ['#3', '3', 'not JSON'],
      ['#4', 'a4', 'no text field (tried text, body, content, articleBody, article)'], ['#6', 'a6', 'empty text'], ['#7', 'a7', 'record'],
    ])
    const [first, second, , , , html] = results
    expect(first).toMatchObject({ title: 'Deal close', published: '2025-08-18', fields: { outlet: 'Courier' }, text: JSON.parse(EXPORT[0]).text })
    expect(first.speakers.map((s) => s.name)).toEqual(['Donald Trump'])
    expect(second).toMatchObject({ published: '2025-08-19', fields: { outlet: 'Post' } })
    // the HTML in a record's text field is read as a page: its body, its title without the site
    expect(html).toMatchObject({ title: 'Merkel hails day', fields: { outlet: 'Herald' }, inputFormat: 'record' })
    expect(html.text).toMatch(/^“This is a great day for Europe,” Angela Merkel said/)
    expect(html.text).not.toContain('Home')
    for (const result of [first, second, html]) for (const q of result.quotes) expect(result.text?.slice(q.start, q.end)).toBe(q.text)
  })

  it('CSV from a spreadsheet (BOM, CRLF, quoted line breaks): csv output with the id column; a broken row named by its line', () => {
    const run = runBinary([at('export.csv'), '--format', 'csv', '--id-field', 'story_id'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`analyze: ${at('export.csv')}:5: 2 fields where the header has 3\n`)
    const rows = readCsv(run.stdout)
    expect(rows[0]).toEqual(['source', 'id', 'quote_id', 'type', 'speaker', 'speaker_gender', 'cue', 'text', 'start', 'end'])
    expect(rows.slice(1).map((row) => [row[0].slice(at('export.csv').length), row[1], row[4], row[5], row[7]])).toEqual([
      ['#2', '7', 'Ms Lee', 'female', '“We will win,”'],
      ['#6', '9', '', '', '“No,”'],
    ])
  })

  it('TSV, and --input-format for a file whose name says nothing', () => {
    writeFileSync(at('export.txt'), readFileSync(at('export.tsv')))
    for (const args of [[at('export.tsv')], [at('export.txt'), '--input-format', 'tsv']]) {
      const run = runBinary([...args, '--format', 'ndjson'])
      expect(run.status).toBe(0)
      const [result] = lines(run.stdout)
      expect(result).toMatchObject({ id: '1', text: 'He said, "hi." “We are ready,” Ms Lee said.' })
      expect(result.quotes.map((q) => q.speaker)).toContain('Ms Lee')
    }
  })

  it('a JSON array: the summary, with the quote repeated across articles', () => {
    const run = runBinary([at('export.json'), '--summary', '--json'])
    expect(run.status).toBe(0)
    const { summary } = JSON.parse(run.stdout)
    expect(summary).toMatchObject({ articles: 3, failed: 0 })
    expect(summary.repeatedQuotes).toEqual([
      { text: '“We will have a deal very soon,”', speaker: 'Donald Trump', articleCount: 2, sources: [`${at('export.json')}#1`, `${at('export.json')}#2`] },
    ])
  })

  it('a missing file of records is one failure, as for any file', () => {
    const run = runBinary([at('missing.ndjson'), '--format', 'ndjson'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`analyze: ${at('missing.ndjson')}: no such file\n`)
    expect(lines(run.stdout)).toEqual([{ source: at('missing.ndjson'), error: 'no such file' }])
  })
})

describe('the line filter: analyze - with NDJSON in', () => {
  it('answers each record while standard input is still open, in input order, and exits 1 for a bad record', async () => {
    const child = spawn(process.execPath, [BIN, '-', '--input-format', 'ndjson', '--format', 'ndjson'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } })
    let stdout = ''
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    let onData = () => {}
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      onData()
    })
    const lineCount = () => stdout.split('\n').filter(Boolean).length
    const waitForLines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${n} result lines while stdin was open; got: ${stdout}`)), 60_000)
        onData = () => {
          if (lineCount() < n) return
          clearTimeout(timer)
          resolve()
        }
        onData()
      })
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))

    child.stdin.write('{"id": "r1", "text": "“We will win,” Ms Lee said on Monday."}\n')
    await waitForLines(1) // the first record's result, stdin not closed
    expect(child.stdin.writableEnded).toBe(false)
    child.stdin.write('not json\n{"id": "r3", "text": "“No,” he said."}\n')
    await waitForLines(3)
    child.stdin.end()
    expect(await closed).toBe(1)
    expect(lines(stdout).map((r) => [r.source, r.id, r.error ?? r.quotes.length])).toEqual([['-#1', 'r1', 1], ['-#2', '2', 'not JSON'], ['-#3', 'r3', 1]])
    expect(stderr).toBe('analyze: <stdin>:2: not JSON\n')
  })

  it('is recognised by its first line without --input-format; an article on stdin is still an article', () => {
    const records = runBinary(['-', '--format', 'ndjson'], { input: '{"text": "“Yes,” she said."}\n{"text": "“No,” he said."}\n' })
    expect(records.status).toBe(0)
    expect(lines(records.stdout).map((r) => r.source)).toEqual(['-#1', '-#2'])
    const article = runBinary(['-', '--format', 'ndjson'], { input: '“Yes,” she said.\n' })
    expect(lines(article.stdout).map((r) => [r.source, r.inputFormat])).toEqual([['-', 'text']])
  })

  const hasParallel = spawnSyncOk('parallel', ['--version'])
  ;(hasParallel ? it : it.skip)('runs under GNU parallel --pipe as it is (parallel installed)', () => {
    const input = ['a', 'b', 'c', 'd', 'e'].map((id) => JSON.stringify({ id, text: `“We will win, ${id},” Ms Lee said.` })).join('\n') + '\n'
    const command = `parallel --will-cite --pipe -N 2 -k "${process.execPath}" "${BIN}" - --input-format ndjson --format ndjson`
    const run = spawnSync('sh', ['-c', command], { input, encoding: 'utf8', cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: tmp }, timeout: 100_000 })
    expect(run.stderr).not.toContain('analyze:')
    expect(run.status).toBe(0)
    // -k keeps the jobs' order; each job numbers the lines of its own piece
    expect(lines(run.stdout).map((r) => [r.id, r.source])).toEqual([['a', '-#1'], ['b', '-#2'], ['c', '-#1'], ['d', '-#2'], ['e', '-#1']])
  })
})

function spawnSyncOk(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0
}
