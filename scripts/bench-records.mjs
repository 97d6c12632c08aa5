#!/usr/bin/env node
// The line filter and the reduce, measured (npm run bench:records; not a test: figures are printed, nothing
// is asserted). The corpus (../shared/corpus, or --corpus DIR) is written as an export in a temp folder —
// one NDJSON record an article, and the same four times over — and then:
//
//   folder          analyze CORPUS/ --ext txt --format ndjson, all cores: what the filter is held against (the
//                   corpus's .txt files, the articles the export holds; TEXT_FILES_ONLY in bench-run.mjs)
//   filter 1×       analyze - --format ndjson < corpus.ndjson, all cores: the line filter
//   filter 4×       the same with four times the records: peak memory should not grow with the input
//   folder 4×       the corpus folder given four times: what the workers alone do to memory over 4× the work
//   reduce 1×, 4×   analyze --summary --from-results results.ndjson --json over the filter's output
//
// The machine is shared: each run is repeated (--repeat N, default 3, interleaved) and the median shown,
// with the load average before and after. Usage: npm run bench:records [-- --repeat N] [-- --quick] [-- --corpus DIR]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measure, median, mb, printRows, TEXT_FILES_ONLY, timeBinary, walk } from './bench-run.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const bin = path.join(root, 'bin', 'analyze')
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const repeat = Math.max(1, Number(option('--repeat') ?? 3) || 1)
const repeatFour = Math.max(1, Number(option('--repeat-4x') ?? 1) || 1)
const corpusRoot = path.resolve(option('--corpus') ?? path.join(root, '..', 'shared', 'corpus'))
const corpus = args.includes('--quick') ? path.join(corpusRoot, 'wikinews') : corpusRoot

if (!fs.existsSync(corpus)) {
  console.log(`bench:records: no corpus at ${corpus} (give --corpus DIR); nothing was measured.`)
  process.exit(0)
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.log('bench:records: dist/ is missing: run "npm run build" first (npm run bench:records does it)')
  process.exit(2)
}

const files = walk(corpus).filter((file) => file.toLowerCase().endsWith('.txt'))
const texts = files.map((file) => fs.readFileSync(file, 'utf8'))
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-bench-records-'))
const at = (name) => path.join(tmp, name)
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')

// the export: {"id": "bbc/business/001.txt", "text": "…"} a line; ×4 with ids of their own
const exportOf = (times) => {
  const name = at(`corpus-${times}x.ndjson`)
  const out = fs.openSync(name, 'w')
  for (let k = 0; k < times; k++) {
    files.forEach((file, i) => fs.writeSync(out, JSON.stringify({ id: `${k}/${path.relative(corpus, file)}`, text: texts[i] }) + '\n'))
  }
  fs.closeSync(out)
  return name
}
const one = exportOf(1)
const four = exportOf(4)

console.log(`corpus: ${corpus}: ${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB; as NDJSON ${(fs.statSync(one).size / 1e6).toFixed(1)} MB (4×: ${(fs.statSync(four).size / 1e6).toFixed(1)} MB)`)
console.log(`machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; load average at the start ${load()}`)
console.log(`peak RSS by ${timeBinary ? '/usr/bin/time -v' : 'sampling /proc/<pid>/status (VmHWM)'}; ${repeat} interleaved rounds, the median shown`)
console.log('')

const ok = { okCodes: [0, 1] }
const rounds = { folder: [], filter: [], four: [], folderFour: [], reduce: [], reduceFour: [] }
try {
  for (let round = 1; round <= repeat; round++) {
    process.stderr.write(`bench:records: round ${round} of ${repeat}\n`)
    rounds.folder.push(await measure('folder, all cores', [bin, corpus, ...TEXT_FILES_ONLY, '--format', 'ndjson'], files.length, bytes, ok))
    rounds.filter.push(await measure('filter 1×', [bin, '-', '--format', 'ndjson'], files.length, bytes, { ...ok, stdinFile: one, stdoutFile: at('results-1x.ndjson') }))
    rounds.reduce.push(await measure('reduce 1×', [bin, '--summary', '--from-results', at('results-1x.ndjson'), '--json'], files.length, 0, ok))
  }
  for (let round = 1; round <= repeatFour; round++) {
    rounds.folderFour.push(await measure('folder 4×', [bin, corpus, corpus, corpus, corpus, ...TEXT_FILES_ONLY, '--format', 'ndjson'], files.length * 4, bytes * 4, ok))
    rounds.four.push(await measure('filter 4×', [bin, '-', '--format', 'ndjson'], files.length * 4, bytes * 4, { ...ok, stdinFile: four, stdoutFile: at('results-4x.ndjson') }))
    rounds.reduceFour.push(await measure('reduce 4×', [bin, '--summary', '--from-results', at('results-4x.ndjson'), '--json'], files.length * 4, 0, ok))
  }
  const resultsMb = (name) => (fs.statSync(at(name)).size / 1e6).toFixed(0)
  console.log(`results: ${resultsMb('results-1x.ndjson')} MB of NDJSON for 1×, ${resultsMb('results-4x.ndjson')} MB for 4×`)
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

const rows = [
  ['analyze CORPUS/ (folder), all cores', rounds.folder],
  ['analyze - < corpus.ndjson (filter)', rounds.filter],
  ['the same, 4× the records', rounds.four],
  ['the folder given 4 times, all cores', rounds.folderFour],
  ['--summary --from-results (1× results)', rounds.reduce],
  ['--summary --from-results (4× results)', rounds.reduceFour],
]
const medians = rows.map(([, runs]) => median(runs))
printRows(
  ['run', 'records', 'seconds', 'records/s', 'peak RSS MB', 'CPU s', 'every run, s'],
  rows.map(([name, runs], i) => {
    const m = medians[i]
    return [name, String(m.articles), m.seconds.toFixed(1), m.articlesPerSecond.toFixed(1), mb(m.peakKb), m.cpuSeconds === null ? '–' : m.cpuSeconds.toFixed(1), runs.map((r) => r.seconds.toFixed(1)).join('/')]
  }),
)
console.log(`load average at the end: ${load()} (other work on the machine slows every run)`)
console.log('')
const [folder, filter, fourTimes, folderFour, reduce] = medians
const goal = (text, figure, met) => console.log(`  ${met ? 'met    ' : 'NOT met'}  ${text}: ${figure}`)
console.log('goals:')
goal('the filter within 5 % of the folder run', `${filter.articlesPerSecond.toFixed(1)} vs ${folder.articlesPerSecond.toFixed(1)} records/s (${((filter.articlesPerSecond / folder.articlesPerSecond - 1) * 100).toFixed(1)} %)`, filter.articlesPerSecond >= folder.articlesPerSecond * 0.95)
goal('the filter\'s peak RSS under 400 MB', `${mb(filter.peakKb)} MB`, filter.peakKb * 1024 < 400e6)
goal('and flat for 4× the records (within 15 %)', `${mb(fourTimes.peakKb)} MB vs ${mb(filter.peakKb)} MB (the folder run: ${mb(folderFour.peakKb)} MB at 4× vs ${mb(folder.peakKb)} MB)`, fourTimes.peakKb <= filter.peakKb * 1.15)
goal('the filter costs no more CPU than the folder run (within 5 %)', `${filter.cpuSeconds?.toFixed(1)} vs ${folder.cpuSeconds?.toFixed(1)} CPU s`, filter.cpuSeconds !== null && filter.cpuSeconds <= folder.cpuSeconds * 1.05)
goal('the reduce of the corpus\'s results under 5 s and 200 MB', `${reduce.seconds.toFixed(1)} s, ${mb(reduce.peakKb)} MB`, reduce.seconds < 5 && reduce.peakKb * 1024 < 200e6)
