#!/usr/bin/env node
// How analysis time and memory grow with the size of one input: the bundled fixtures joined to 100 KB, 1 MB (and
// more with --max=N MB), each size analysed by the built binary as a user would run it (`analyze FILE --format
// json`, every core: an input over 400 KB is analysed a section a worker) in a fresh process, its peak RSS
// (worker threads included) by /usr/bin/time -v. --library measures analyze() in one thread instead.
// Usage: npm run bench:size [-- --max=10] [-- --library]
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const fixtures = path.join(root, 'fixtures')
const max = Number(process.argv.find((a) => a.startsWith('--max='))?.slice(6) ?? 1)
const library = process.argv.includes('--library')
const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null
const pieces = fs.readdirSync(fixtures).map((d) => path.join(fixtures, d, 'article.txt')).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'))

function articleOf(bytes) {
  let text = ''
  for (let i = 0; text.length < bytes; i++) text += pieces[i % pieces.length] + '\n\n'
  return text.slice(0, bytes)
}

// the library in one thread: analyze() timed inside the child, its own peak RSS
const child = `
const { analyze } = require(${JSON.stringify(path.join(root, 'dist', 'index.js'))})
const text = require('fs').readFileSync(process.argv[1], 'utf8')
const t = process.hrtime.bigint()
const a = analyze(text, { published: '2025-08-19' })
const ms = Number(process.hrtime.bigint() - t) / 1e6
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024, quotes: a.quotes.length, dates: a.dates.length, figures: a.figures.length }))
`

function measureLibrary(file) {
  return JSON.parse(execFileSync(process.execPath, ['-e', child, file], { encoding: 'utf8', maxBuffer: 1 << 20 }))
}

/** The binary on the file, start-up and writing the JSON included; counts read from its output. */
function measureBinary(file, out) {
  const args = [path.join(root, 'bin', 'analyze'), file, '--format', 'json', '--date', '2025-08-19']
  const command = timeBinary ? [timeBinary, '-v', process.execPath, ...args] : [process.execPath, ...args]
  const fd = fs.openSync(out, 'w')
  const started = process.hrtime.bigint()
  const run = spawnSync(command[0], command.slice(1), { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  fs.closeSync(fd)
  if (run.status !== 0) throw new Error(`bench:size: analyze exited with ${run.status}: ${run.stderr.split('\n').slice(0, 3).join(' / ')}`)
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024
  const a = JSON.parse(fs.readFileSync(out, 'utf8'))
  return { ms, rss, quotes: a.quotes.length, dates: a.dates.length, figures: a.figures.length }
}

const sizes = [100_000, 1_000_000, ...[2, 4, 10].filter((m) => m <= max).map((m) => m * 1_000_000)]
console.log(library ? 'analyze() in one thread, each size in a fresh process' : `bin/analyze FILE --format json, ${os.availableParallelism()} cores, each size a fresh process${timeBinary ? '' : ' (no /usr/bin/time: peak RSS not measured)'}`)
console.log(`load average at the start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
console.log('size      seconds   MB/s   peak RSS MB   quotes   dates   figures')
for (const size of sizes) {
  const file = path.join(os.tmpdir(), `analyze-bench-${size}.txt`)
  const out = `${file}.json`
  fs.writeFileSync(file, articleOf(size))
  try {
    const r = library ? measureLibrary(file) : measureBinary(file, out)
    const mb = size / 1e6
    console.log(`${(mb.toFixed(1) + ' MB').padEnd(9)} ${(r.ms / 1000).toFixed(1).padStart(7)} ${(mb / (r.ms / 1000)).toFixed(3).padStart(6)} ${r.rss.toFixed(0).padStart(12)} ${String(r.quotes).padStart(8)} ${String(r.dates).padStart(7)} ${String(r.figures).padStart(9)}`)
  } finally {
    fs.rmSync(file, { force: true })
    fs.rmSync(out, { force: true })
  }
}
console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
