// The built binary on fuzzed files, now and then: two files at once go through the worker pool, the messages
// between threads and the NDJSON writer. Exit 0, nothing on stderr, and each line the analysis this thread
// makes of the same text.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { analyze } from '../../src/analyze'
import type { Violation } from './check'

const root = path.resolve(__dirname, '..', '..')
const bin = path.join(root, 'bin', 'analyze')

export function binaryBuilt(): boolean {
  return fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))
}

export function checkBinary(text: string, other: string): Violation | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-fuzz-'))
  try {
    const files = [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]
    fs.writeFileSync(files[0], text)
    fs.writeFileSync(files[1], other)
    const run = spawnSync(process.execPath, [bin, ...files, '--format', 'ndjson', '--sort', '--date', '2025-08-19'],
      { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } })
    // a text the decoder refuses (binary, empty) is a clear error line and exit 1, which is right
    const refused = /^analyze: .*: (empty file|binary file|not text in)/m.test(run.stderr)
    if (run.status !== 0 && !(run.status === 1 && refused)) {
      return { kind: 'cli', message: `exit ${run.status}: ${run.stderr.split('\n').slice(0, 3).join(' / ')}`, stack: run.stderr }
    }
    if (/\n\s+at /.test(run.stderr)) return { kind: 'cli', message: 'a stack trace on stderr', stack: run.stderr }
    if (run.status !== 0) return null
    const lines = run.stdout.trim().split('\n')
    if (lines.length !== 2) return { kind: 'cli', message: `${lines.length} NDJSON lines for 2 inputs` }
    for (const [i, line] of lines.entries()) {
      const fromBinary = JSON.parse(line) as { source: string; encoding?: string; inputFormat?: string }
      // read as UTF-16 or Windows-1252, the text differs from the one written here: nothing to compare
      if (fromBinary.encoding !== undefined && fromBinary.encoding !== 'utf-8') continue
      const written = fs.readFileSync(files[i], 'utf8').replace(/^\ufeff/, '')
      const here = JSON.parse(JSON.stringify(analyze(written, { source: fromBinary.source, published: '2025-08-19' })))
      delete fromBinary.encoding
      // what the batch says of how it read the input (a file of plain text), which analyze() does not know
      if (fromBinary.inputFormat !== 'text') return { kind: 'cli', message: `input ${i + 1}: read as ${fromBinary.inputFormat}, not as text` }
      delete fromBinary.inputFormat
      if (JSON.stringify(fromBinary) !== JSON.stringify(here)) return { kind: 'cli', message: `input ${i + 1}: the binary's analysis differs from analyze() on the same text` }
    }
    return null
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
