// The run without a process: fake streams, a fake analyser, real temp files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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

  it('reports a bad input on one line, goes on with the others, and exits 1', async () => {
    const missing = join(dir, 'missing.txt')
    const r = await run([missing, join(dir, 'good.txt'), join(dir, 'empty.txt'), '--json'])
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
    const r = await run([good, good, join(dir, 'missing.txt'), '--format', 'ndjson'], { analyze })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`analyze: ${good}: could not be analysed (a bug in analyze): cannot read properties of undefined\n`)
    expect(r.stderr).not.toContain('    at ')
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
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
