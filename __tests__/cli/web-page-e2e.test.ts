// Web pages through the built binary: a saved page, HTML on standard input, a folder of pages and texts,
// URLs served by a server this test starts on 127.0.0.1, and the bad pages a user will meet.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis, Span } from '../../src/model'
import { assertBuildIsFresh, ROOT, runBinary, runBinaryAsync } from './built-binary'
import { page, startServer, type LocalServer } from '../input/html/local-server'

const STORM_PAGE = join(ROOT, 'fixtures', 'html', 'storm-page.html')
const STORM_TEXT = readFileSync(join(ROOT, 'fixtures', 'html', 'storm-page.txt'), 'utf8')
const SMALL_TEXT = 'Twelve schools will stay shut until Friday, the council said on Monday.\n'

let tmp: string
let server: LocalServer
beforeAll(async () => {
  assertBuildIsFresh()
  tmp = mkdtempSync(join(tmpdir(), 'analyze-html-e2e-'))
  server = await startServer({
    '/storm': page(readFileSync(STORM_PAGE, 'utf8')),
    '/moved': (_request, response) => {
      response.writeHead(301, { location: '/storm' })
      response.end()
    },
    '/photo': page('\x89PNG\r\n', 'image/png'),
    '/slow': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<p>Rain')
    },
  })
})
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await server.close()
})

/** Every span of the analysis, named, to check `text.slice(start, end) === span.text` against the article's text. */
function spans(analysis: Analysis): Array<[string, Span]> {
  return [
    ...analysis.quotes.flatMap((q): Array<[string, Span]> => [[q.id, q], ...(q.mention ? [[`${q.id} mention`, q.mention] as [string, Span]] : []), ...(q.cue ? [[`${q.id} cue`, q.cue] as [string, Span]] : [])]),
    ...analysis.dates.map((d): [string, Span] => [`date ${d.text}`, d]),
    ...analysis.figures.map((f): [string, Span] => [`figure ${f.text}`, f]),
  ]
}

describe('analyze (built binary) on a saved web page', () => {
  let analysis: Analysis
  beforeAll(() => {
    const run = runBinary([STORM_PAGE, '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    analysis = JSON.parse(run.stdout) as Analysis
  })

  it('carries what the page says about itself, and the body it read', () => {
    expect(analysis).toMatchObject({
      source: STORM_PAGE, title: 'Storm closes valley schools as rivers rise', published: '2024-02-14',
      byline: 'Ana Lee and Tom Kerr', siteName: 'The Valley Courier', url: 'https://valley-courier.example/news/2024/02/storm-closes-schools',
      lang: 'en-GB', inputFormat: 'html', encoding: 'utf-8', text: STORM_TEXT.trimEnd(),
    })
  })

  it('has every span index into that text', () => {
    expect(spans(analysis).length).toBeGreaterThan(10)
    for (const [name, span] of spans(analysis)) expect({ name, text: analysis.text!.slice(span.start, span.end) }).toEqual({ name, text: span.text })
  })

  it('finds the story’s quotes and resolves its dates against the page’s own date', () => {
    expect(analysis.quotes.filter((q) => q.type === 'direct').map((q) => [q.speaker, q.text])).toEqual([
      ['Maria Okafor', '“We cannot put children on buses when half the roads are under water,”'],
      ['Maria Okafor', '“Safety comes first.”'],
      ['Peter Haines', '“It came up faster than in 2020,”'],
    ])
    expect(analysis.dates.find((d) => d.text === 'Monday')?.resolved).toEqual({ start: '2024-02-12', end: '2024-02-12' })
    // nothing from the script, the comments or the page around the story
    expect(JSON.stringify(analysis)).not.toMatch(/Police said|flood wall|cookies|Related stories/)
  })

  it('takes --date over the page’s date', () => {
    const dated = JSON.parse(runBinary([STORM_PAGE, '--json', '--date', '2024-03-06']).stdout) as Analysis
    expect(dated.published).toBe('2024-03-06')
    expect(dated.dates.find((d) => d.text === 'Monday')?.resolved).toEqual({ start: '2024-03-04', end: '2024-03-04' })
  })

  it('--format text prints the text exactly as analysed, for a page and for a plain text', () => {
    expect(runBinary([STORM_PAGE, '--format', 'text'])).toEqual({ status: 0, stdout: STORM_TEXT, stderr: '' })
    const small = join(tmp, 'small.txt')
    writeFileSync(small, SMALL_TEXT)
    expect(runBinary([small, '--format', 'text'])).toEqual({ status: 0, stdout: SMALL_TEXT, stderr: '' })
    expect(runBinary([small, STORM_PAGE, '--format', 'text']).stdout).toBe(`==> ${small} <==\n${SMALL_TEXT}\n==> ${STORM_PAGE} <==\n${STORM_TEXT}`)
  })

  it('reads HTML on standard input as a page', () => {
    const run = runBinary(['-', '--json'], { input: readFileSync(STORM_PAGE) })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ ...analysis, source: '-' })
  })

  it('--format html shows the body with every quote marked, and nothing of the page around it', () => {
    const run = runBinary([STORM_PAGE, '--format', 'html'])
    expect(run.status).toBe(0)
    expect((run.stdout.match(/ data-quote-id="q\d+"/g) ?? []).length).toBe(analysis.quotes.length)
    expect(run.stdout).toContain('Storm closes valley schools as rivers rise')
    expect(run.stdout).not.toMatch(/Police said|flood wall|cookies/)
  })

  it('shows the byline and the site in the table', () => {
    const run = runBinary([STORM_PAGE, '--width', '120'])
    expect(run.stdout).toContain('Storm closes valley schools as rivers rise')
    expect(run.stdout).toContain('By Ana Lee and Tom Kerr · The Valley Courier')
  })
})

describe('analyze (built binary) on folders and bad pages', () => {
  it('takes .txt, .html and .htm files from a folder by default', () => {
    const folder = join(tmp, 'mixed')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.txt'), SMALL_TEXT)
    writeFileSync(join(folder, 'b.html'), readFileSync(STORM_PAGE))
    writeFileSync(join(folder, 'c.HTM'), readFileSync(STORM_PAGE))
    writeFileSync(join(folder, 'd.md'), SMALL_TEXT)
    const run = runBinary([folder, '--format', 'ndjson', '--sort', '--jobs', '2'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe(`analyze: ${folder}: skipped 1 file not ending in .txt, .html or .htm (--ext chooses the extensions)\n`)
    const articles = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Analysis)
    expect(articles.map((a) => [a.source, a.inputFormat, a.published])).toEqual([
      [join(folder, 'a.txt'), 'text', null], [join(folder, 'b.html'), 'html', '2024-02-14'], [join(folder, 'c.HTM'), 'html', '2024-02-14'],
    ])
    expect(articles[0].text).toBeUndefined()
  })

  it.each<[string, string | Buffer, string]>([
    ['script-only.html', '<!doctype html><html><head><script>document.write("<p>Rain fell on Monday.</p>")</script></head><body></body></html>', 'no article text in this page'],
    ['empty.html', '', 'empty file'],
    ['photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'binary file (not text): looks like a PNG image'],
  ])('%s: one line naming it, an error record, exit 1', (name, content, problem) => {
    const path = join(tmp, name)
    writeFileSync(path, content)
    const run = runBinary([path, '--format', 'ndjson'])
    expect(run).toEqual({ status: 1, stdout: `${JSON.stringify({ source: path, error: problem })}\n`, stderr: `analyze: ${path}: ${problem}\n` })
  })

  it('reads a page in Windows-1252 declared by <meta charset>', () => {
    const path = join(tmp, 'old.html')
    writeFileSync(path, Buffer.from('<html><head><meta charset="windows-1252"><title>Flood</title></head><body><p>\x93It came up faster than in 2020,\x94 said Peter Haines.</p></body></html>', 'latin1'))
    const analysis = JSON.parse(runBinary([path, '--json']).stdout) as Analysis
    expect(analysis).toMatchObject({ encoding: 'windows-1252', title: 'Flood', text: '“It came up faster than in 2020,” said Peter Haines.' })
    expect(analysis.quotes.map((q) => [q.speaker, q.text])).toEqual([['Peter Haines', '“It came up faster than in 2020,”']])
  })

  it('never loads the HTML parser for --version or a plain text', () => {
    const probe = join(tmp, 'probe.js')
    writeFileSync(probe, `process.on('exit', () => process.stderr.write('htmlparser2 loaded: ' + Object.keys(require.cache).some((p) => p.includes('htmlparser2')) + '\\n'))\n`)
    const small = join(tmp, 'small.txt')
    writeFileSync(small, SMALL_TEXT)
    expect(runBinary(['--version'], { nodeArgs: ['-r', probe] }).stderr).toBe('htmlparser2 loaded: false\n')
    expect(runBinary([small], { nodeArgs: ['-r', probe] }).stderr).toBe('htmlparser2 loaded: false\n')
    expect(runBinary(['-'], { nodeArgs: ['-r', probe], input: SMALL_TEXT }).stderr).toBe('htmlparser2 loaded: false\n')
    expect(runBinary([STORM_PAGE], { nodeArgs: ['-r', probe] }).stderr).toBe('htmlparser2 loaded: true\n')
  })
})

describe('analyze (built binary) on URLs', () => {
  it('fetches a page, following a redirect, and analyses it as a saved one', async () => {
    const run = await runBinaryAsync([server.url('/moved'), '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const analysis = JSON.parse(run.stdout) as Analysis
    expect(analysis).toMatchObject({ source: server.url('/moved'), inputFormat: 'html', published: '2024-02-14', text: STORM_TEXT.trimEnd() })
    expect(server.requests.at(-1)?.headers['user-agent']).toMatch(/^analyze\/\d+\.\d+\.\d+/)
  })

  it.each<[string, string[], string]>([
    ['/missing', [], 'HTTP 404 Not Found'],
    ['/photo', [], 'not HTML or text: image/png'],
    ['/slow', ['--timeout', '0.5'], 'timed out after 0.5 s'],
    ['/storm', ['--max-bytes', '2k'], 'too large: more than --max-bytes 2 KiB'],
  ])('%s %j: one line naming the URL and the reason, exit 1', async (path, args, reason) => {
    const run = await runBinaryAsync([server.url(path), '--json', ...args])
    expect(run).toEqual({ status: 1, stdout: '', stderr: `analyze: ${server.url(path)}: ${reason}\n` })
  })

  it('goes on with the other inputs when one URL fails', async () => {
    const run = await runBinaryAsync([server.url('/missing'), STORM_PAGE, '--format', 'ndjson', '--sort'])
    expect(run.status).toBe(1)
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: string; error?: string })
    expect(lines.map((line) => [line.source, line.error ?? 'ok'])).toEqual([[server.url('/missing'), 'HTTP 404 Not Found'], [STORM_PAGE, 'ok']])
  })
})
