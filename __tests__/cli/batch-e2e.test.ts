// End-to-end: the built binary on folders, patterns and several files — worker threads and all.
// The folders are made in the temp directory from the project's fixtures and a few texts written here.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis } from '../../src/model'
import { assertBuildIsFresh, BIN, ROOT, runBinary } from './built-binary'
import { readCsv } from './csv-reader'

jest.setTimeout(120_000)

let tmp: string
let corpus: string
/** The articles of `corpus`, as the walk finds them (sorted at each level, depth first). */
const ARTICLES = ['01-seed.txt', 'more/02-border-wall.txt', 'more/03-rugby.txt', 'more/deeper/04-trump.txt', 'more/deeper/05-mr-trump.txt', 'z-merkel.txt']
const PHOTO = 'photo.txt'

beforeAll(() => {
  assertBuildIsFresh()
  tmp = mkdtempSync(join(tmpdir(), 'analyze-batch-e2e-'))
  corpus = join(tmp, 'corpus')
  mkdirSync(join(corpus, 'more', 'deeper'), { recursive: true })
  mkdirSync(join(corpus, '.git'))
  copyFileSync(join(ROOT, 'fixtures', 'seed', 'article.txt'), join(corpus, '01-seed.txt'))
  copyFileSync(join(ROOT, 'fixtures', 'wikinews-border-wall', 'article.txt'), join(corpus, 'more', '02-border-wall.txt'))
  copyFileSync(join(ROOT, 'fixtures', 'wikinews-rugby', 'article.txt'), join(corpus, 'more', '03-rugby.txt'))
  writeFileSync(join(corpus, 'more', 'deeper', '04-trump.txt'), '“We will have a deal very soon,” Donald Trump told reporters on Monday.\n')
  writeFileSync(join(corpus, 'more', 'deeper', '05-mr-trump.txt'), '“It is over, and it is done,” Mr Trump said, “and I mean it.”\n')
  writeFileSync(join(corpus, 'z-merkel.txt'), '“This is a great day for Europe,” Angela Merkel said.\n')
  writeFileSync(join(corpus, PHOTO), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
  writeFileSync(join(corpus, 'README.md'), 'not an article')
})
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }))

const inCorpus = (name: string) => join(corpus, name)
const ndjsonRecords = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Analysis & { error?: string })
const notices = () => `analyze: ${inCorpus('.git')}: hidden, skipped\nanalyze: ${corpus}: skipped 1 file not ending in .txt, .html or .htm (--ext chooses the extensions)\n`
const PHOTO_ERROR = 'binary file (not text): looks like a PNG image'

describe('analyze (built binary) on a folder', () => {
  it('ndjson: a line per input, each valid JSON with its source; the bad file is an error record and exit 1', () => {
    const run = runBinary([corpus, '--format', 'ndjson', '--jobs', '2'])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`${notices()}analyze: ${inCorpus(PHOTO)}: ${PHOTO_ERROR}\n`)
    const records = ndjsonRecords(run.stdout)
    expect(records.map((r) => r.source).sort()).toEqual([...ARTICLES, PHOTO].map(inCorpus).sort())
    expect(records.filter((r) => r.error)).toEqual([{ source: inCorpus(PHOTO), error: PHOTO_ERROR }])
    for (const record of records.filter((r) => !r.error)) expect(record.schemaVersion).toBe(1)
  })

  it('--sort gives input order; --jobs 2 gives the same document as --jobs 1', () => {
    const one = runBinary([corpus, '--json', '--sort', '--jobs', '1'])
    const two = runBinary([corpus, '--json', '--sort', '--jobs', '2'])
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    const document = JSON.parse(two.stdout)
    expect(document.articles.map((a: Analysis) => a.source)).toEqual(ARTICLES.map(inCorpus))
    expect(document.errors).toEqual([{ source: inCorpus(PHOTO), error: PHOTO_ERROR }])
  })

  it('without --sort, the same results in the order they finished', () => {
    const sorted = ndjsonRecords(runBinary([corpus, '--format', 'ndjson', '--sort', '--jobs', '2']).stdout)
    const unsorted = ndjsonRecords(runBinary([corpus, '--format', 'ndjson', '--jobs', '2']).stdout)
    const bySource = (a: { source: string }, b: { source: string }) => (a.source < b.source ? -1 : 1)
    expect([...unsorted].sort(bySource)).toEqual([...sorted].sort(bySource))
  })

  it('the summary merges "Donald Trump" and "Mr Trump" of different articles into one speaker', () => {
    const run = runBinary([corpus, '--summary', '--json'])
    const { summary } = JSON.parse(run.stdout)
    const trump = summary.speakers.filter((s: { name: string }) => /Trump/.test(s.name))
    expect(trump).toHaveLength(1)
    expect(trump[0]).toMatchObject({ name: 'Donald Trump', kind: 'person' })
    expect(trump[0].articleCount).toBeGreaterThanOrEqual(3) // the seed article, 04 and 05
    expect(summary).toMatchObject({ articles: ARTICLES.length, failed: 1, failures: [{ source: inCorpus(PHOTO), error: PHOTO_ERROR }] })
    expect(summary.quotes.total).toBe(summary.quotes.direct + summary.quotes.mixed + summary.quotes.indirect)
  })

  it('--summary in the terminal format: the corpus view', () => {
    const run = runBinary([corpus, '--summary', '--width', '100'])
    expect(run.stdout).toMatch(/^Corpus · 6 articles · [\d,]+ words · [\d,]+ quotes · 1 failed\n/)
    expect(run.stdout).toMatch(/│ Donald Trump +│ person/)
    expect(run.stdout).toContain(`│ ${inCorpus(PHOTO)}`)
  })

  it('csv: RFC 4180, the header once, one row a quote of every article', () => {
    const run = runBinary([corpus, '--format', 'csv', '--sort'])
    const records = readCsv(run.stdout)
    const document = JSON.parse(runBinary([corpus, '--json', '--sort']).stdout)
    const genderOf = (a: Analysis, id: string | null) => a.speakers.find((s) => s.id === id)?.gender ?? ''
    const quotes = document.articles.flatMap((a: Analysis) => a.quotes.map((q) =>
      [a.source, q.id, q.type, q.speaker ?? '', genderOf(a, q.speakerId), q.cue?.text ?? '', q.text, String(q.start), String(q.end)]))
    expect(records[0]).toEqual(['source', 'quote_id', 'type', 'speaker', 'speaker_gender', 'cue', 'text', 'start', 'end'])
    expect(records.slice(1)).toEqual(quotes)
    // a quote with a comma and inner quote marks comes back whole
    expect(quotes.some((q: string[]) => q[6].includes(',') && /[“”"]/.test(q[6]))).toBe(true)
    // and the speakers' genders are there
    expect(quotes.some((q: string[]) => q[4] === 'female') && quotes.some((q: string[]) => q[4] === 'male')).toBe(true)
  })

  it('a quoted pattern finds the same files as the folder', () => {
    const byPattern = runBinary([join(corpus, '**', '*.txt'), '--format', 'ndjson', '--sort'])
    expect(ndjsonRecords(byPattern.stdout).map((r) => r.source)).toEqual([...ARTICLES.slice(0, 1), PHOTO, ...ARTICLES.slice(1)].map(inCorpus).sort((a, b) => {
      // the pattern lists each folder's files before its subfolders ("**" matches zero folders first)
      const depth = (p: string) => p.split('/').length
      return depth(a) - depth(b) || (a < b ? -1 : 1)
    }))
    expect(byPattern.stderr).toContain(`analyze: ${inCorpus('.git')}: hidden, skipped\n`)
  })

  it('several files, a folder and standard input together, in input order with --sort', () => {
    const run = runBinary([inCorpus('z-merkel.txt'), join(corpus, 'more', 'deeper'), '-', '--format', 'ndjson', '--sort'], {
      input: '“Fine,” Mr Merz said.\n',
    })
    expect(run.status).toBe(0)
    expect(ndjsonRecords(run.stdout).map((r) => r.source)).toEqual([inCorpus('z-merkel.txt'), inCorpus('more/deeper/04-trump.txt'), inCorpus('more/deeper/05-mr-trump.txt'), '-'])
  })

  it('--max-bytes makes a larger file an error record, and the batch goes on', () => {
    const run = runBinary([corpus, '--format', 'ndjson', '--sort', '--max-bytes', '2k'])
    const errors = ndjsonRecords(run.stdout).filter((r) => r.error)
    expect(errors.map((r) => r.source)).toEqual(['01-seed.txt', 'more/02-border-wall.txt', PHOTO].map(inCorpus))
    const seedKiB = (readFileSync(inCorpus('01-seed.txt')).length / 1024).toFixed(1)
    expect(errors[0].error).toBe(`too large: ${seedKiB} KiB, more than --max-bytes 2 KiB`)
    expect(run.status).toBe(1)
  })
})

describe('analyze (built binary): a folder with a symbolic link back to itself', () => {
  it('analyses each article once, says which link it did not follow, and exits 0 (no article was lost)', () => {
    const looped = join(tmp, 'looped')
    mkdirSync(join(looped, 'inner'), { recursive: true })
    writeFileSync(join(looped, 'inner', 'a.txt'), '“It is done,” Mr Trump said.\n')
    symlinkSync(looped, join(looped, 'inner', 'up'))
    const run = runBinary([looped, '--format', 'ndjson'])
    expect(run.stderr).toBe(`analyze: ${join(looped, 'inner', 'up')}: links back to a folder above it, skipped\n`)
    expect(ndjsonRecords(run.stdout).map((r) => [r.source, r.quotes.length])).toEqual([[join(looped, 'inner', 'a.txt'), 1]])
    expect(run.status).toBe(0)
  })
})

describe('analyze (built binary): stopping a batch', () => {
  let many: string
  beforeAll(() => {
    many = join(tmp, 'many')
    mkdirSync(many)
    for (let i = 0; i < 40; i++) copyFileSync(join(ROOT, 'fixtures', 'seed', 'article.txt'), join(many, `seed-${String(i).padStart(2, '0')}.txt`))
  })

  it('| head -n 1: no EPIPE message, exit 0, and it does not analyse the rest', () => {
    const started = Date.now()
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', 'set -o pipefail; "$0" "$1" "$2" --format ndjson | head -n 1 | wc -l', process.execPath, BIN, many], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout.trim()).toBe('1')
    // forty seed articles take several seconds on two cores; stopping after the first line takes far less
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('Ctrl-C: the workers stop, exit 130, and every line written is whole', async () => {
    const child = spawn(process.execPath, [BIN, many, '--format', 'ndjson'], { env: { PATH: process.env.PATH ?? '' } })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const firstLine = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk
        if (stdout.includes('\n')) resolve()
      })
    })
    await firstLine
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)))
    expect(code).toBe(130)
    expect(stderr).toMatch(/^analyze: interrupted after \d+ of 40 inputs\n$/)
    expect(stdout.endsWith('\n')).toBe(true)
    const lines = stdout.trim().split('\n')
    expect(lines.length).toBeLessThan(40)
    for (const line of lines) expect(JSON.parse(line).source).toMatch(/seed-\d\d\.txt$/)
  })
})

describe('analyze (built binary): one input stays simple', () => {
  it('analyses a single file without starting a worker thread', () => {
    const probe = join(tmp, 'probe.js')
    // the pool's module by its place in dist/, not by the word: a clone in a folder named "…pool…" holds it in every path
    writeFileSync(probe, `process.on('exit', () => process.stderr.write('workers: ' + Object.keys(require.cache).some((p) => /[\\\\/]batch[\\\\/]pool\\.js$/.test(p)) + '\\n'))\n`)
    const single = runBinary([inCorpus('z-merkel.txt')], { nodeArgs: ['-r', probe] })
    expect(single.status).toBe(0)
    expect(single.stderr).toBe('workers: false\n')
    const two = runBinary([inCorpus('z-merkel.txt'), inCorpus('more/deeper/04-trump.txt')], { nodeArgs: ['-r', probe] })
    expect(two.stderr).toBe('workers: true\n')
  })

  it('keeps the single-input JSON the bare article object', () => {
    const analysis = JSON.parse(runBinary([inCorpus('z-merkel.txt'), '--json']).stdout)
    expect(analysis.source).toBe(inCorpus('z-merkel.txt'))
    expect(analysis.articles).toBeUndefined()
    expect(readFileSync(inCorpus('z-merkel.txt'), 'utf8').length).toBe(analysis.stats.characters)
  })
})
