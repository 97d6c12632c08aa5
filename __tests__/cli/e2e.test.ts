// End-to-end: the built binary on the seed article (fixtures/seed/article.txt) and on bad inputs.
// Which quotes are found is the fixture tests' business; here: exit codes, streams, widths, exact spans.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis, Span } from '../../src/model'
import { assertBuildIsFresh, BIN, ROOT, runBinary, SEED_ARTICLE } from './built-binary'
import { visibleLength } from '../render/visible'

jest.setTimeout(60_000)

const ARTICLE = readFileSync(SEED_ARTICLE, 'utf8')
const STACK_LINE = '    at '
/** For the tests about the command rather than the article: quicker to analyse than the seed. */
const SMALL_ARTICLE_TEXT = 'Mr Merz told reporters on Monday: “There will be a meeting within two weeks.”\n\nThe package is worth $90 billion.\n'
let tmp: string
let smallArticle: string

beforeAll(() => {
  assertBuildIsFresh()
  tmp = mkdtempSync(join(tmpdir(), 'analyze-e2e-'))
  smallArticle = join(tmp, 'small.txt')
  writeFileSync(smallArticle, SMALL_ARTICLE_TEXT)
})
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }))

/** Every span the analysis gives, named for the failure message. */
function spansOf(analysis: Analysis): Array<[string, Span]> {
  const spans: Array<[string, Span]> = []
  for (const q of analysis.quotes) {
    spans.push([`quote ${q.id}`, q])
    if (q.mention) spans.push([`mention of ${q.id}`, q.mention])
    if (q.cue) spans.push([`cue of ${q.id}`, q.cue])
  }
  analysis.dates.forEach((d, i) => spans.push([`date ${i}`, d]))
  analysis.figures.forEach((f, i) => spans.push([`figure ${i}`, f]))
  return spans
}

function expectExactSpans(analysis: Analysis, input: string) {
  expect(analysis.stats.characters).toBe(input.length)
  for (const [name, span] of spansOf(analysis)) {
    expect({ name, text: input.slice(span.start, span.end) }).toEqual({ name, text: span.text })
  }
}

describe('analyze (built binary) on the seed article', () => {
  it.each([80, 200])('prints tables no wider than --width %i, and nothing on stderr', (width) => {
    const run = runBinary([SEED_ARTICLE, '--width', String(width)])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith(`${SEED_ARTICLE}\n`)).toBe(true)
    expect(run.stdout).toContain('Who said what')
    for (const line of run.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(width)
  })

  it('keeps within the width with --full and --explain too', () => {
    const run = runBinary([SEED_ARTICLE, '--width', '80', '--full', '--explain'])
    expect(run.status).toBe(0)
    for (const line of run.stdout.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(80)
  })

  it('--json gives one article whose every span is exact', () => {
    const run = runBinary([SEED_ARTICLE, '--json', '--explain'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const analysis = JSON.parse(run.stdout) as Analysis
    expect(analysis.schemaVersion).toBe(1)
    expect(analysis.source).toBe(SEED_ARTICLE)
    expectExactSpans(analysis, ARTICLE)
    for (const quote of analysis.quotes) expect(quote.explain).toEqual(expect.objectContaining({ found: expect.any(String) }))
  })

  it('gives each speaker a gender; --no-name-gender keeps only what the article says', () => {
    const text = 'Jessica Okafor said the depot would reopen.\n\nMr Ortiz said it would not.\n'
    const speakers = (args: string[]) => (JSON.parse(runBinary(['-', '--json', ...args], { input: text }).stdout) as Analysis).speakers
      .map((s) => [s.name, s.gender, s.genderEvidence!.map((e) => e.kind)])
    expect(speakers([])).toEqual([['Jessica Okafor', 'female', ['first-name']], ['Mr Ortiz', 'male', ['honorific']]])
    expect(speakers(['--no-name-gender'])).toEqual([['Jessica Okafor', null, []], ['Mr Ortiz', 'male', ['honorific']]])
  })

  it('--date sets the publication date, also for an article that states its own', () => {
    // The seed article's first line says "date 2025-08-19"; --date overrides it.
    const analysis = JSON.parse(runBinary([SEED_ARTICLE, '--json', '--date', '2025-08-20']).stdout) as Analysis
    expect(analysis.published).toBe('2025-08-20')
    expect((JSON.parse(runBinary([smallArticle, '--json', '--date', '2024-02-29']).stdout) as Analysis).published).toBe('2024-02-29')
  })

  it('gives offsets into the text without the BOM for a UTF-8 file that has one', () => {
    const path = join(tmp, 'bom.txt')
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]))
    const analysis = JSON.parse(runBinary([path, '--json']).stdout) as Analysis
    expectExactSpans(analysis, ARTICLE)
  })

  it('reads standard input for "-" and for no input at all, with the same result as the file', () => {
    const fromFile = JSON.parse(runBinary([SEED_ARTICLE, '--json']).stdout) as Analysis
    for (const args of [['-', '--json'], ['--json']]) {
      const run = runBinary(args, { input: ARTICLE })
      expect(run.status).toBe(0)
      expect(JSON.parse(run.stdout)).toEqual({ ...fromFile, source: '-' })
    }
  })

  it('--format ndjson prints one article a line; json wraps several as {"articles": [...]}', () => {
    const ndjson = runBinary([smallArticle, SEED_ARTICLE, '--format', 'ndjson', '--sort'])
    const lines = ndjson.stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).source)).toEqual([smallArticle, SEED_ARTICLE])
    const json = JSON.parse(runBinary([smallArticle, smallArticle, '--json']).stdout)
    expect(json.articles.map((a: Analysis) => a.source)).toEqual([smallArticle, smallArticle])
  })

  it('--format csv starts with its header; --format markdown with a heading', () => {
    expect(runBinary([SEED_ARTICLE, '--format', 'csv']).stdout.startsWith('source,quote_id,type,speaker,speaker_gender,cue,text,start,end\r\n')).toBe(true)
    expect(runBinary([SEED_ARTICLE, '--format', 'markdown']).stdout.startsWith('# ')).toBe(true)
  })
})

describe('analyze (built binary): colour', () => {
  const ESC = '\u001b['
  it.each<[string, string[], Record<string, string>, boolean]>([
    ['a pipe', [], {}, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['NO_COLOR=1 over FORCE_COLOR=1', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--no-color over FORCE_COLOR=1', ['--no-color'], { FORCE_COLOR: '1' }, false],
  ])('%s', (_name, args, env, coloured) => {
    const run = runBinary([smallArticle, ...args], { env })
    expect(run.status).toBe(0)
    expect(run.stdout.includes(ESC)).toBe(coloured)
  })
})

describe('analyze (built binary): help, version, usage errors', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

  it('--version prints the version and exits 0', () => {
    expect(runBinary(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('--help describes the exit codes and exits 0', () => {
    const run = runBinary(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Exit codes:')
    expect(run.stdout).toMatch(/ 1 {2}some input failed/)
  })

  it('loads compromise only when an article is analysed (--version stays fast)', () => {
    const probe = join(tmp, 'probe.js')
    writeFileSync(probe, `process.on('exit', () => process.stderr.write('compromise loaded: ' + Object.keys(require.cache).some((p) => p.includes('compromise')) + '\\n'))\n`)
    expect(runBinary(['--version'], { nodeArgs: ['-r', probe] }).stderr).toBe('compromise loaded: false\n')
    expect(runBinary(['--help'], { nodeArgs: ['-r', probe] }).stderr).toBe('compromise loaded: false\n')
    expect(runBinary([join(tmp, 'nothing-here.txt')], { nodeArgs: ['-r', probe] }).stderr).toContain('compromise loaded: false\n')
    expect(runBinary([smallArticle], { nodeArgs: ['-r', probe] }).stderr).toBe('compromise loaded: true\n')
  })

  it.each([
    [['--date', 'nonsense'], "analyze: option '--date <YYYY-MM-DD>' argument 'nonsense' is invalid."],
    [['--width', '10'], "analyze: option '--width <n>' argument '10' is invalid."],
    [['--format', 'xml'], "analyze: option '--format <name>' argument 'xml' is invalid."],
    [['--bogus'], "analyze: unknown option '--bogus'"],
    [['--json', '--format', 'csv'], 'analyze: --json and --format csv ask for different outputs'],
  ])('%j exits 2 with a usage message and no stack trace', (args, message) => {
    const run = runBinary([SEED_ARTICLE, ...args])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.startsWith(message)).toBe(true)
    expect(run.stderr).not.toContain(STACK_LINE)
  })
})

describe('analyze (built binary): an input far longer than an article', () => {
  it('analyses 500 KB (the seed over and over) in sections: exit 0, exact spans, one speaker per person', () => {
    const body = ARTICLE.trim()
    const copies = Math.ceil(500_000 / body.length)
    const input = Array.from({ length: copies }, () => body).join('\n\n')
    const file = join(tmp, 'long.txt')
    writeFileSync(file, input)
    const run = runBinary([file, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const analysis = JSON.parse(run.stdout) as Analysis
    expectExactSpans(analysis, input)
    const single = JSON.parse(runBinary([SEED_ARTICLE, '--json']).stdout) as Analysis
    expect(analysis.quotes.length).toBe(copies * single.quotes.length)
    // the sections' speakers joined: each person once, Volodymyr Zelenskiy with quotes from every section
    const named = (a: Analysis) => a.speakers.filter((s) => s.kind !== 'anonymous').map((s) => s.name)
    expect(named(analysis)).toEqual(named(single))
    const zelenskiy = analysis.speakers.find((s) => s.name === 'Volodymyr Zelenskiy')!
    expect(zelenskiy.quoteCount).toBeGreaterThan((copies - 1) * 10)
    expect(analysis.quotes.filter((q) => q.speakerId === zelenskiy.id).length).toBe(zelenskiy.quoteCount)
  })
})

describe('analyze (built binary): bad inputs', () => {
  // Given as relative paths from the temp folder, so the message shows exactly what the user typed.
  const badInputs: Array<[string, () => void, string]> = [
    ['missing.txt', () => {}, 'no such file'],
    ['empty.txt', () => writeFileSync(join(tmp, 'empty.txt'), ''), 'empty file'],
    ['blank.txt', () => writeFileSync(join(tmp, 'blank.txt'), '\n  \n\t\n'), 'empty file'],
    ['photo.png', () => writeFileSync(join(tmp, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'binary file (not text): looks like a PNG image'],
    ['report.pdf', () => writeFileSync(join(tmp, 'report.pdf'), '%PDF-1.7\n1 0 obj\n'), 'binary file (not text): looks like a PDF document'],
    ['data.bin', () => writeFileSync(join(tmp, 'data.bin'), Buffer.from([7, 0, 0, 1, 0, 2, 0, 0, 3])), 'binary file (not text)'],
    ['odd.txt', () => writeFileSync(join(tmp, 'odd.txt'), Buffer.from([0x61, 0x81, 0x62, 0x0a])), 'not text in UTF-8, UTF-16 or Windows-1252'],
  ]

  beforeAll(() => badInputs.forEach(([, create]) => create()))

  it.each(badInputs)('%s: exit 1 and one line on stderr naming it', (name, _create, problem) => {
    const run = runBinary([name, '--json'], { cwd: tmp })
    expect(run).toEqual({ status: 1, stdout: '', stderr: `analyze: ${name}: ${problem}\n` })
  })

  it('still analyses the good inputs among bad ones, and exits 1', () => {
    const names = badInputs.map(([name]) => name)
    const run = runBinary([...names.slice(0, 4), 'small.txt', ...names.slice(4), '--json', '--sort'], { cwd: tmp })
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(badInputs.map(([name, , problem]) => `analyze: ${name}: ${problem}\n`).join(''))
    expect(JSON.parse(run.stdout).articles.map((a: Analysis) => a.source)).toEqual(['small.txt'])
  })

  it('a folder without articles is a failure of the batch it makes', () => {
    mkdirSync(join(tmp, 'dir'), { recursive: true })
    const run = runBinary(['dir/', '--json'], { cwd: tmp })
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('analyze: dir/: no .txt, .html or .htm files in this folder\n')
    const document = JSON.parse(run.stdout)
    expect(document.articles).toEqual([])
    expect(document.errors).toEqual([{ source: 'dir/', error: 'no .txt, .html or .htm files in this folder' }])
    expect(document.summary).toMatchObject({ articles: 0, failed: 1 })
  })

  it('empty standard input is an input error too', () => {
    expect(runBinary(['-'], { input: '' })).toEqual({ status: 1, stdout: '', stderr: 'analyze: <stdin>: empty input\n' })
  })

  it('reads a Windows-1252 file, curly quotes included', () => {
    writeFileSync(join(tmp, 'cp1252.txt'), Buffer.concat([Buffer.from([0x93]), Buffer.from('We will meet,'), Buffer.from([0x94]), Buffer.from(' Mr Merz told reporters on Monday.\n')]))
    const run = runBinary(['cp1252.txt', '--json'], { cwd: tmp })
    expect(run.status).toBe(0)
    expectExactSpans(JSON.parse(run.stdout), '“We will meet,” Mr Merz told reporters on Monday.\n')
  })
})

describe('analyze (built binary): a reader that goes away', () => {
  // `| true` closes the pipe before anything is written, so the write fails with EPIPE every time.
  it.each([
    ['--help | true', `"$0" "$1" --help | true`],
    ['| true', `"$0" "$1" "$2" --json | true`],
    ['| head -c 10', `"$0" "$1" "$2" "$3" "$3" --format ndjson | head -c 10`],
  ])('%s: no EPIPE stack trace, exit 0', (_name, script) => {
    const args = [process.execPath, BIN, SEED_ARTICLE, smallArticle]
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `set -o pipefail; ${script}`, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
