#!/usr/bin/env node
// Where a worker's CPU goes, thread by thread (not a test: figures are printed, nothing is asserted). The bench's
// CPU figure counts every thread of the process; this splits it into the main thread (the JavaScript: compromise's
// parse and our extraction) and V8's background threads, for analyze() and for the bare nlp() floor side by side:
//
//   node scripts/bench-threads.mjs [--corpus DIR] [--articles N] [--runs R] [--no-opt]
//
// Each run is a fresh child process that analyses the first N articles of the corpus (by default 73: one worker's
// share of the Wikinews quick set on 4 cores, so the figures include what a worker pays to warm up), then reads
// its threads' CPU from /proc/self/task/*/stat. Medians of R runs (default 3), analyze and floor alternated.
//
// --no-opt runs both with V8's optimising compiler off, a control. On 73 Wikinews articles (branch perf12): the
// background threads took analyze 1.36 s and the floor 0.85 s (main thread 2.08 s and 1.46 s: all 1.49×, the bench's
// ratio); with --no-opt 0.11 s and 0.05 s. What runs there is TurboFan compiling hot functions, and compiling them
// again after each deoptimisation, not the garbage collector: with concurrent marking and parallel scavenging off
// the background still took 1.7 s of 1.8 s. Our code's share of it grows with the size of the hot functions (those
// that inline many helpers: inSentence, fixTags) and with how often they are deoptimised. Linux only.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { walk } from './bench-run.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)

if (args[0] === '--child') {
  // --child MODE LIST: analyze() or nlp() over every article of LIST, then each thread's CPU seconds as JSON
  const { createRequire } = await import('node:module')
  const require = createRequire(import.meta.url)
  const run = args[1] === 'floor'
    ? require(path.join(root, 'dist', 'nlp', 'compromise.js')).default
    : ((analyze) => (text) => analyze(text, {}))(require(path.join(root, 'dist', 'index.js')).analyze)
  for (const file of fs.readFileSync(args[2], 'utf8').split('\n').filter(Boolean)) run(fs.readFileSync(file, 'utf8'))
  const ticks = 100 // USER_HZ
  let main = 0, background = 0
  for (const tid of fs.readdirSync('/proc/self/task')) {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const seconds = (Number(fields[11]) + Number(fields[12])) / ticks
    if (Number(tid) === process.pid) main += seconds
    else background += seconds
  }
  process.stdout.write(JSON.stringify({ main, background }))
  process.exit(0)
}

if (!fs.existsSync('/proc/self/task')) {
  console.log('bench-threads: no /proc/self/task (Linux only); nothing was measured.')
  process.exit(0)
}
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus', 'wikinews')))
const count = Math.max(1, Number(option('--articles', 73)) || 73)
const runs = Math.max(1, Number(option('--runs', 3)) || 3)
const v8Args = args.includes('--no-opt') ? ['--no-opt'] : []
if (!fs.existsSync(corpus)) {
  console.log(`bench-threads: no corpus at ${corpus}; nothing was measured.`)
  process.exit(0)
}
const files = walk(corpus).filter((file) => file.endsWith('.txt')).sort().slice(0, count)
const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-threads-')), 'list')
fs.writeFileSync(list, files.join('\n'))

const figures = { analyze: [], floor: [] }
for (let r = 0; r < runs; r++) {
  for (const mode of ['analyze', 'floor']) {
    const child = spawnSync(process.execPath, [...v8Args, new URL(import.meta.url).pathname, '--child', mode, list], { encoding: 'utf8' })
    if (child.status !== 0) {
      console.log(`bench-threads: the ${mode} run failed:\n${child.stderr.split('\n').slice(0, 5).join('\n')}`)
      process.exit(1)
    }
    figures[mode].push(JSON.parse(child.stdout))
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
console.log(`${files.length} articles of ${corpus}, ${runs} runs each${v8Args.length ? ', --no-opt' : ''} (CPU seconds, medians)`)
const rows = ['analyze', 'floor'].map((mode) => {
  const main = median(figures[mode].map((f) => f.main)), background = median(figures[mode].map((f) => f.background))
  return { mode, main, background, all: median(figures[mode].map((f) => f.main + f.background)) }
})
for (const { mode, main, background, all } of rows) {
  console.log(`  ${mode.padEnd(8)} main ${main.toFixed(2)}  background ${background.toFixed(2)}  all ${all.toFixed(2)}`)
}
const [a, f] = rows
console.log(`  analyze ÷ floor: main ${(a.main / f.main).toFixed(2)}×, background ${(a.background / f.background).toFixed(2)}×, all ${(a.all / f.all).toFixed(2)}×`)
