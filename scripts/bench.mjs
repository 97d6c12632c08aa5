#!/usr/bin/env node
// Speed and memory of the built analyzer over ../shared/corpus, side by side in one run (npm run bench;
// not a test: figures are printed, nothing is asserted). Each measurement is a child process:
//
//   floor          bare nlp(text) over every article, one thread (scripts/bench-floor.mjs)
//   floor × cores  the same, the articles split between one process a core running at once: what this
//                  machine gives for the work in parallel at best (no threads, nothing shared but the hardware)
//   --jobs 1       analyze over the corpus folder, one worker thread
//   all cores      analyze over the corpus folder, one worker a core (the default)
//   all cores, 4×  the corpus folder given four times: peak memory should stay where it was at 1×
//   filter         the corpus as one NDJSON file (one record an article) through `analyze -` on standard
//                  input, all cores: the line filter, against the folder run
//   --version      the start-up time of `analyze --version`, mean of several runs (and bare `node -e 0`)
//
// Every row reads the same articles, the corpus's .txt files (TEXT_FILES_ONLY in bench-run.mjs).
// For each: articles a second, MB of text a second, and the peak RSS of the whole process (worker threads
// live in it), by /usr/bin/time -v when present, else by sampling /proc/<pid>/status.
// Usage: npm run bench [-- --quick] [-- --corpus DIR] [-- --repeat N]   (--quick: the wikinews/ part only)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { measure, median, mb, printRows, TEXT_FILES_ONLY, timeBinary, walk } from './bench-run.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const bin = path.join(root, 'bin', 'analyze')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const repeat = args.includes('--repeat') ? Math.max(1, Number(args[args.indexOf('--repeat') + 1]) || 1) : 1
const corpusArg = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined
const corpusRoot = path.resolve(corpusArg ?? path.join(root, '..', 'shared', 'corpus'))
const corpus = quick ? path.join(corpusRoot, 'wikinews') : corpusRoot

if (!fs.existsSync(corpus)) {
  console.log(`bench: no corpus at ${corpus}`)
  console.log('bench: the benchmark reads ../shared/corpus (beside the project), or a folder given with --corpus DIR;')
  console.log('bench: nothing was measured.')
  process.exit(0)
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.log('bench: dist/ is missing: run "npm run build" first (npm run bench does it)')
  process.exit(2)
}

const files = walk(corpus).filter((file) => file.toLowerCase().endsWith('.txt'))
const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
const cores = os.availableParallelism()
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-bench-'))
const list = path.join(tmp, 'articles.list')
fs.writeFileSync(list, files.join('\n') + '\n')
// the corpus as an export: one NDJSON record an article (in the temp folder, removed at the end)
const records = path.join(tmp, 'corpus.ndjson')
fs.writeFileSync(records, files.map((file) => JSON.stringify({ id: path.relative(corpus, file), text: fs.readFileSync(file, 'utf8') })).join('\n') + '\n')

console.log(`corpus: ${corpus}: ${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB`)
console.log(`machine: ${cores} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
console.log(`peak RSS measured by ${timeBinary ? '/usr/bin/time -v' : 'sampling /proc/<pid>/status (VmHWM)'}`)
console.log('')

// --repeat N: the four side-by-side runs N times, interleaved, and each one's median shown: on a shared
// machine the same run can take 20 % longer from one minute to the next, and a ratio of two single runs
// moves with it
const rounds = []
let fourTimes
try {
  for (let round = 1; round <= repeat; round++) {
    if (repeat > 1) process.stderr.write(`bench: round ${round} of ${repeat}\n`)
    rounds.push([
      await measure('floor: bare nlp(), 1 thread', [path.join(root, 'scripts', 'bench-floor.mjs'), list], files.length, bytes),
      await measureSplit(`floor × ${cores} processes at once`, files, bytes),
      await measure('analyze --jobs 1', [bin, corpus, ...TEXT_FILES_ONLY, '--jobs', '1', '--format', 'ndjson'], files.length, bytes),
      await measure(`analyze, all cores (${cores})`, [bin, corpus, ...TEXT_FILES_ONLY, '--format', 'ndjson'], files.length, bytes),
      await measure(`analyze - < corpus.ndjson (filter)`, [bin, '-', '--format', 'ndjson'], files.length, bytes, { stdinFile: records }),
    ])
  }
  fourTimes = await measure(`analyze, all cores, 4× corpus`, [bin, corpus, corpus, corpus, corpus, ...TEXT_FILES_ONLY, '--format', 'ndjson'], files.length * 4, bytes * 4)
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

const runs = [...rounds[0].map((_, i) => median(rounds.map((round) => round[i]))), fourTimes]
if (repeat > 1) console.log(`each of the first five rows: the median of ${repeat} interleaved runs (all ${repeat}: ${rounds[0].map((_, i) => rounds.map((round) => round[i].seconds.toFixed(1)).join('/')).join(', ')} s)`)
printTable(runs)
const version = startUp([bin, '--version'], 10)
const bareNode = startUp(['-e', '0'], 10)
console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine slows every run; above ${cores} it takes cores from this one)`)
console.log('')
console.log(`analyze --version: ${version.toFixed(0)} ms (mean of 10; bare \`node -e 0\` here: ${bareNode.toFixed(0)} ms)`)
console.log('')

const [floor, ceiling, one, all, filter, four] = runs
const ratio = (a, b) => a.seconds / b.seconds
console.log('goals (wall time; CPU seconds, which other load on the machine moves less, in brackets):')
const cpuRatio = (a, b) => (a.cpuSeconds !== null && b.cpuSeconds !== null ? ` [CPU ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}×]` : '')
goal(`--jobs 1 within 1.3× of the bare parse`, `${ratio(one, floor).toFixed(2)}×${cpuRatio(one, floor)}`, ratio(one, floor) <= 1.3)
goal(`all cores within 10 % of the bare parse split over ${cores} processes at once`, `${ratio(all, ceiling).toFixed(2)}×${cpuRatio(all, ceiling)}, ${(ceiling.seconds / all.seconds * 100).toFixed(0)} % of it`, ratio(all, ceiling) <= 1.1)
console.log(`           (for scale: ${cores} bare-nlp processes at once are ${ratio(floor, ceiling).toFixed(2)}× one; all cores are ${ratio(one, all).toFixed(2)}× --jobs 1)`)
goal('peak memory under 400 MB for the corpus', `${mb(all.peakKb)} MB`, all.peakKb * 1024 < 400e6)
goal('peak memory flat as the corpus grows (4× vs 1×)', `${mb(four.peakKb)} MB vs ${mb(all.peakKb)} MB`, four.peakKb <= all.peakKb * 1.15)
goal('analyze --version under 150 ms', `${version.toFixed(0)} ms`, version < 150)
goal('the NDJSON filter within 5 % of the folder run', `${filter.articlesPerSecond.toFixed(1)} vs ${all.articlesPerSecond.toFixed(1)} articles/s`, filter.articlesPerSecond >= all.articlesPerSecond * 0.95)

function goal(text, figure, met) {
  console.log(`  ${met ? 'met    ' : 'NOT met'}  ${text}: ${figure}`)
}

/** The floor with the articles split between `cores` processes started together; wall time until the last ends. */
async function measureSplit(name, articleFiles, totalBytes) {
  const parts = Array.from({ length: cores }, (_, k) => articleFiles.filter((_, i) => i % cores === k))
  const lists = parts.map((part, k) => {
    const file = path.join(tmp, `part-${k}.list`)
    fs.writeFileSync(file, part.join('\n') + '\n')
    return file
  })
  process.stderr.write(`bench: ${name} …\n`)
  const started = process.hrtime.bigint()
  const results = await Promise.all(lists.map((file) => measure(null, [path.join(root, 'scripts', 'bench-floor.mjs'), file], 0, 0)))
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const peakKb = results.reduce((sum, r) => sum + r.peakKb, 0) // all alive together: their peaks add up, roughly
  const cpuSeconds = results.every((r) => r.cpuSeconds !== null) ? results.reduce((sum, r) => sum + r.cpuSeconds, 0) : null
  return { name, articles: articleFiles.length, seconds, articlesPerSecond: articleFiles.length / seconds, mbPerSecond: totalBytes / 1e6 / seconds, peakKb, cpuSeconds }
}

/** Mean wall time in ms of `node ...args`, after one run to warm the file cache. */
function startUp(nodeArgs, times) {
  spawnSync(process.execPath, nodeArgs, { stdio: 'ignore' })
  let total = 0
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, nodeArgs, { stdio: 'ignore' })
    total += Number(process.hrtime.bigint() - started) / 1e6
  }
  return total / times
}

function printTable(rows) {
  const header = ['run', 'articles', 'seconds', 'articles/s', 'MB/s', 'peak RSS MB', 'vs floor', 'CPU s']
  const floorSeconds = rows[0].seconds * (rows[0].articles > 0 ? 1 : 0)
  const body = rows.map((r) => [
    r.name,
    String(r.articles),
    r.seconds.toFixed(1),
    r.articlesPerSecond.toFixed(1),
    r.mbPerSecond.toFixed(3),
    mb(r.peakKb),
    `${((r.seconds / r.articles) / (floorSeconds / rows[0].articles)).toFixed(2)}×`,
    r.cpuSeconds === null ? '–' : r.cpuSeconds.toFixed(1),
  ])
  printRows(header, body)
}
