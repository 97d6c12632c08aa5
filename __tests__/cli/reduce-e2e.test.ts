// End-to-end: a corpus split into shards, each analysed by its own run (as on separate machines), the
// results reduced with --summary --from-results: the very summary one run over the whole corpus prints.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertBuildIsFresh, ROOT, runBinary } from './built-binary'

jest.setTimeout(180_000)

let tmp: string
let corpus: string
let files: string[]

beforeAll(() => {
  assertBuildIsFresh()
  tmp = mkdtempSync(join(tmpdir(), 'analyze-reduce-e2e-'))
  corpus = join(tmp, 'corpus')
  mkdirSync(corpus)
  const fixtures = ['seed', 'wikinews-border-wall', 'wikinews-el-paso', 'wikinews-rugby', 'wikinews-tesco-poland']
  fixtures.forEach((name) => copyFileSync(join(ROOT, 'fixtures', name, 'article.txt'), join(corpus, `${name}.txt`)))
  writeFileSync(join(corpus, 'trump-1.txt'), '“We will have a deal very soon,” Donald Trump told reporters on Monday.\n')
  writeFileSync(join(corpus, 'trump-2.txt'), '"We will have a deal very soon." Mr Trump said.\n')
  writeFileSync(join(corpus, 'merkel.txt'), '“This is a great day for Europe,” Angela Merkel said. “We are ready,” a European official said.\n')
  writeFileSync(join(corpus, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
  writeFileSync(join(corpus, 'wire.ndjson'), [
    JSON.stringify({ id: 'w1', text: '“This is a great day for Europe,” Mrs Merkel said on Tuesday.' }),
    'not json',
    JSON.stringify({ id: 'w3', text: '“We will have a deal very soon,” Mr Trump said on Tuesday, “and I mean it.”' }),
    JSON.stringify({ id: 'w4', title: 'no text' }),
  ].join('\n') + '\n')
  files = [...fixtures.map((name) => `${name}.txt`), 'trump-1.txt', 'trump-2.txt', 'merkel.txt', 'photo.txt', 'wire.ndjson'].map((name) => join(corpus, name))
})
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }))

describe('the summary reduced from shards (built binary)', () => {
  it('equals the summary of one run over the whole corpus, whatever the split and the order of the files', () => {
    const whole = runBinary([corpus, '--ext', 'txt,ndjson', '--summary', '--json'])
    expect(whole.status).toBe(1) // photo.txt and two bad records
    const summary = JSON.parse(whole.stdout).summary
    expect(summary.failed).toBe(3)
    expect(summary.repeatedQuotes.map((q: { speaker: string; articleCount: number }) => [q.speaker, q.articleCount])).toEqual([['Donald Trump', 3], ['Angela Merkel', 2]])

    // three machines, each a third of the files
    const shards = [0, 1, 2].map((k) => {
      const run = runBinary([...files.filter((_, i) => i % 3 === k), '--format', 'ndjson', '--jobs', '1'])
      const path = join(tmp, `shard-${k + 1}.ndjson`)
      writeFileSync(path, run.stdout)
      return path
    })
    const reduced = runBinary(['--summary', '--from-results', join(tmp, 'shard-*.ndjson'), '--json'])
    expect(reduced.stderr).toBe('')
    expect(reduced.status).toBe(0)
    expect(reduced.stdout).toBe(whole.stdout)
    const backwards = runBinary(['--summary', '--from-results', ...[...shards].reverse(), '--json'])
    expect(backwards.stdout).toBe(whole.stdout)
    // the terminal view too
    const table = (args: string[]) => runBinary([...args, '--summary', '--width', '120'], { env: { NO_COLOR: '1' } }).stdout
    expect(table(['--from-results', ...shards])).toBe(table([corpus, '--ext', 'txt,ndjson']))
    // and standard input: cat shard-* | analyze --summary --from-results -
    const piped = runBinary(['--summary', '--from-results', '-', '--json'], { input: shards.map((s) => readFileSync(s, 'utf8')).join('') })
    expect(piped.stdout).toBe(whole.stdout)
  })

  it('a line that is not a result is named by file and line, and exit 1; the rest is counted', () => {
    const path = join(tmp, 'mixed.ndjson')
    writeFileSync(path, '{"source": "a.txt", "error": "empty file"}\n{"id": 7, "text": "a record, not a result"}\nnot json\n')
    const run = runBinary(['--summary', '--from-results', path, '--json'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`analyze: ${path}:2: not a result of analyze --format ndjson (an article with "schemaVersion", or {"source", "error"})\nanalyze: ${path}:3: not JSON\n`)
    expect(JSON.parse(run.stdout).summary).toMatchObject({ articles: 0, failed: 1, failures: [{ source: 'a.txt', error: 'empty file' }] })
  })

  it('--from-results without --summary is a usage error', () => {
    const run = runBinary(['--from-results', join(tmp, 'x.ndjson')])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^analyze: --from-results reduces results into the corpus view: give --summary with it/)
  })
})
