// The run without a process: fake streams, a fake analyser, real temp files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execute, type AnalyzeFunction, type CliContext } from '../../src/cli/run'
import { sampleAnalysis } from '../render/sample-analysis'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-run-'))
  writeFileSync(join(dir, 'good.txt'), 'Mr Merz told reporters: “There will be a meeting.”')
  writeFileSync(join(dir, 'empty.txt'), '')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
  calls: Array<{ text: string; options: unknown }>
  loads: number
}

async function run(argv: string[], overrides: Partial<CliContext> & { analyze?: AnalyzeFunction } = {}): Promise<Run> {
  const result: Run = { code: -1, stdout: '', stderr: '', calls: [], loads: 0 }
  const analyze: AnalyzeFunction = overrides.analyze ?? ((text, options) => {
    result.calls.push({ text, options })
    return sampleAnalysis({ source: options.source ?? '-' })
  })
  result.code = await execute({
    argv,
    env: {},
    version: '1.0.0',
    stdout: { write: (t) => void (result.stdout += t), isTTY: false },
    stderr: { write: (t) => void (result.stderr += t) },
    stdin: { isTTY: true, read: async () => Buffer.from('') },
    loadAnalyzer: async () => {
      result.loads++
      return analyze
    },
    ...overrides,
  })
  return result
}

describe('execute', () => {
  it('analyses a file and prints JSON; exit 0', async () => {
    const good = join(dir, 'good.txt')
    const r = await run([good, '--json', '--date', '2025-08-19', '--explain'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout).source).toBe(good)
    expect(r.calls).toEqual([{ text: 'Mr Merz told reporters: “There will be a meeting.”', options: { source: good, explain: true, published: '2025-08-19' } }])
  })

  it('does not pass a publication date when --date is not given, so the article can give its own', async () => {
    const r = await run([join(dir, 'good.txt')])
    expect(r.calls[0].options).toEqual({ source: join(dir, 'good.txt'), explain: false })
  })

  it('passes --no-name-gender on as nameGender: false', async () => {
    const r = await run([join(dir, 'good.txt'), '--no-name-gender'])
    expect(r.calls[0].options).toEqual({ source: join(dir, 'good.txt'), explain: false, nameGender: false })
  })

  it('reports a bad input on one line, goes on with the others, and exits 1', async () => {
    const missing = join(dir, 'missing.txt')
    // --sort: without it the two failures are reported as their reads finish, in either order
    const r = await run([missing, join(dir, 'good.txt'), join(dir, 'empty.txt'), '--json', '--sort'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`analyze: ${missing}: no such file\nanalyze: ${join(dir, 'empty.txt')}: empty file\n`)
    expect(JSON.parse(r.stdout).articles.map((a: { source: string }) => a.source)).toEqual([join(dir, 'good.txt')])
  })

  it('never loads the analyser when no input could be read', async () => {
    const r = await run([join(dir, 'missing.txt')])
    expect(r).toMatchObject({ code: 1, stdout: '', loads: 0 })
  })

  it('loads the analyser once for several articles', async () => {
    const r = await run([join(dir, 'good.txt'), join(dir, 'good.txt'), '--format', 'ndjson'])
    expect(r.loads).toBe(1)
    expect(r.stdout.trim().split('\n')).toHaveLength(2)
  })

  it('reports a crash on one article as a bug, keeps the others, and exits 2', async () => {
    let n = 0
    const analyze: AnalyzeFunction = (_text, options) => {
      if (n++ === 0) throw new Error('cannot read properties of undefined\n    at somewhere (x.js:1:1)')
      return sampleAnalysis({ source: options.source ?? '-' })
    }
    const good = join(dir, 'good.txt')
    const missing = join(dir, 'missing.txt')
    const r = await run([good, good, missing, '--format', 'ndjson', '--sort'], { analyze })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`analyze: ${good}: could not be analysed (a bug in analyze): cannot read properties of undefined\n`)
    expect(r.stderr).not.toContain('    at ')
    // one article; the crash and the missing file are error records, each a line of its own (which of the
    // two copies of good.txt reaches the analyser first, and so crashes, is up to the reads)
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records).toHaveLength(3)
    expect(records.slice(0, 2)).toEqual(expect.arrayContaining([
      { source: good, error: 'could not be analysed (a bug in analyze): cannot read properties of undefined' },
      { ...sampleAnalysis({ source: good }), inputFormat: 'text', encoding: 'utf-8' },
    ]))
    expect(records[2]).toEqual({ source: missing, error: 'no such file' })
  })

  it('reads standard input for "-", and for no input when stdin is piped', async () => {
    const stdin = { isTTY: false, read: async () => Buffer.from('“Yes,” she said.') }
    for (const argv of [['-'], []]) {
      const r = await run([...argv, '--format', 'ndjson'], { stdin })
      expect(r.code).toBe(0)
      expect(r.calls[0]).toEqual({ text: '“Yes,” she said.', options: { source: '-', explain: false } })
    }
  })

  it('asks for an input when none is given and stdin is a terminal; exit 2', async () => {
    const r = await run([])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('analyze: no input: name an article file, or "-" to read standard input (analyze --help shows the options)\n')
  })

  it('calls empty standard input by name', async () => {
    const r = await run(['-'], { stdin: { isTTY: false, read: async () => Buffer.from('  \n') } })
    expect(r).toMatchObject({ code: 1, stderr: 'analyze: <stdin>: empty input\n' })
  })

  it('renders the table at the width asked for, without colour on a pipe', async () => {
    const r = await run([join(dir, 'good.txt'), '--width', '60'])
    const lines = r.stdout.split('\n')
    expect(Math.max(...lines.map((line) => Array.from(line).length))).toBeLessThanOrEqual(60)
    expect(r.stdout).not.toContain('\u001b[')
  })

  it('follows FORCE_COLOR and NO_COLOR from the environment it is given', async () => {
    const good = join(dir, 'good.txt')
    expect((await run([good], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[')
    expect((await run([good], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b[')
  })

  it('stops at a usage error before reading anything', async () => {
    const r = await run([join(dir, 'good.txt'), '--date', '2025-02-30'])
    expect(r.code).toBe(2)
    expect(r.loads).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^analyze: option '--date <YYYY-MM-DD>' argument '2025-02-30' is invalid/)
  })
})

describe('execute: batches (folders, several inputs) with the analyser in this thread', () => {
  let folder: string
  beforeAll(() => {
    folder = join(dir, 'batch')
    mkdirSync(join(folder, 'sub'), { recursive: true })
    writeFileSync(join(folder, 'b.txt'), 'Mr Merz said so.')
    writeFileSync(join(folder, 'a.txt'), '“Yes,” she said.')
    writeFileSync(join(folder, 'sub', 'c.txt'), 'He said no.')
    writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))
    writeFileSync(join(folder, '.draft.txt'), 'Not yet.')
  })
  const inFolder = (...parts: string[]) => join(folder, ...parts)

  it('a folder gives one JSON document: articles, errors and the summary; hidden files are reported; exit 1', async () => {
    const r = await run([folder, '--json', '--sort'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `analyze: ${inFolder('.draft.txt')}: hidden, skipped\n` +
      `analyze: ${inFolder('photo.txt')}: binary file (not text): looks like a PNG image\n`,
    )
    const document = JSON.parse(r.stdout)
    expect(Object.keys(document)).toEqual(['articles', 'errors', 'summary'])
    expect(document.articles.map((a: { source: string }) => a.source)).toEqual([inFolder('a.txt'), inFolder('b.txt'), inFolder('sub', 'c.txt')])
    expect(document.errors).toEqual([{ source: inFolder('photo.txt'), error: 'binary file (not text): looks like a PNG image' }])
    expect(document.summary).toMatchObject({ articles: 3, failed: 1, failures: document.errors })
    expect(document.summary.speakers[0]).toMatchObject({ name: 'Donald Trump', quoteCount: 6, articleCount: 3 })
  })

  it('ndjson: one line per input, each valid JSON with its source', async () => {
    const r = await run([folder, '--format', 'ndjson'])
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => record.source).sort()).toEqual([inFolder('a.txt'), inFolder('b.txt'), inFolder('photo.txt'), inFolder('sub', 'c.txt')])
    expect(records.filter((record) => 'error' in record)).toEqual([{ source: inFolder('photo.txt'), error: 'binary file (not text): looks like a PNG image' }])
  })

  it('--summary prints the corpus view and not the articles', async () => {
    const r = await run([folder, '--summary', '--width', '100'])
    expect(r.stdout).toMatch(/^Corpus · 3 articles · 360 words · 15 quotes · 1 failed\n/)
    expect(r.stdout).toContain('Speakers across articles')
    expect(r.stdout).toContain('Failed inputs')
    expect(r.stdout).not.toContain('Who said what')
  })

  it('--max-bytes refuses larger files, and --ext chooses what a folder gives', async () => {
    const r = await run([folder, '--format', 'ndjson', '--sort', '--max-bytes', '12'])
    const records = r.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => record.error ?? 'ok')).toEqual([
      'too large: 20 bytes, more than --max-bytes 12 bytes', // “Yes,” she said. in UTF-8
      'too large: 16 bytes, more than --max-bytes 12 bytes',
      'binary file (not text): looks like a PNG image',
      'ok',
    ])
    const md = await run([folder, '--ext', 'md', '--json'])
    expect(md.stderr).toContain(`analyze: ${folder}: no .md files in this folder\n`)
  })

  it('shows a progress bar on a terminal stderr, and none otherwise', async () => {
    const tty = { text: '' }
    await run([folder, '--format', 'ndjson'], { stderr: { write: (t) => void (tty.text += t), isTTY: true, columns: 80 } })
    expect(tty.text).toContain('\r\u001b[K')
    expect(tty.text).toMatch(/4\/4 100%/)
    expect(tty.text).toMatch(/analyze: 3 articles analysed, 1 failed, in \d+:\d\d/)
    const plain = await run([folder, '--format', 'ndjson'])
    expect(plain.stderr).not.toContain('\r')
    const off = { text: '' }
    await run([folder, '--format', 'ndjson', '--no-progress'], { stderr: { write: (t) => void (off.text += t), isTTY: true, columns: 80 } })
    expect(off.text).not.toContain('\r')
  })

  it('stops when interrupted: exit 130, whole lines only', async () => {
    const controller = new AbortController()
    let stdout = ''
    const r = await run([folder, '--format', 'ndjson', '--sort'], {
      stop: controller.signal,
      stdout: {
        write: (t) => {
          stdout += t
          controller.abort('interrupt') // Ctrl-C as the first line is written
        },
        isTTY: false,
      },
    })
    expect(r.code).toBe(130)
    expect(r.stderr).toMatch(/analyze: interrupted after \d of 4 inputs\n$/)
    expect(stdout.endsWith('\n')).toBe(true)
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual([inFolder('a.txt')])
  })

  it('stops quietly when the reader of the output has gone, keeping the exit code so far', async () => {
    const controller = new AbortController()
    const r = await run([inFolder('a.txt'), inFolder('b.txt'), inFolder('sub', 'c.txt'), '--format', 'ndjson', '--sort'], {
      stop: controller.signal,
      stdout: { write: () => controller.abort('output-closed'), isTTY: false },
    })
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
  })
})
