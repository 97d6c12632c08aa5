#!/usr/bin/env node
// What analyze() costs on top of compromise's parse, in CPU time (not a test: figures are printed, nothing is
// asserted). The pool's goals are set against the bare parse ("--jobs 1 within 1.3× of it"), so every
// millisecond analyze() spends besides nlp(text) counts against them.
//
//   node scripts/bench-overhead.mjs [--corpus DIR] [--every K] [--rounds N] [--against BUILD]
//
// Each measurement is a child process that loads a build, warms it up on the first articles (V8 compiles the
// hot functions there, as it would a little way into a batch), then reads process.cpuUsage() (all threads:
// the parse, our code, garbage collection, V8's compiler) around one pass over the articles:
//
//   bare      nlp(text) on every article, compromise loaded as the build loads it (dist/nlp/compromise.js)
//   analyze   analyze(text, { explain: true }) on every article, as the eval and `--explain` runs call it
//
// --against BUILD (a folder holding another build's dist/, e.g. a copy of main's) adds its analyze() to every
// round, so a change is measured side by side with what it replaces. The kinds of run alternate round by
// round and the medians are printed: on a shared machine the same pass can take 20 % longer a minute later.
// --every K takes every K-th article of the corpus (a quicker, rougher figure).
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { walk } from './bench-run.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const WARM_UP = 200

if (args[0] === '--child') {
  // --child MODE BUILD LIST: one measured pass; prints CPU seconds
  const [, mode, build, list] = args
  const require = createRequire(import.meta.url)
  const texts = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean).map((file) => fs.readFileSync(file, 'utf8'))
  const run = mode === 'bare'
    ? ((nlp) => (text) => nlp(text))(require(path.join(build, 'dist', 'nlp', 'compromise.js')).default)
    : ((analyze) => (text) => analyze(text, { explain: true }))(require(path.join(build, 'dist', 'index.js')).analyze)
  for (const text of texts.slice(0, WARM_UP)) run(text)
  const before = process.cpuUsage()
  for (const text of texts) run(text)
  const used = process.cpuUsage(before)
  process.stdout.write(`${(used.user + used.system) / 1e6}\n`)
  process.exit(0)
}

const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')))
const every = Math.max(1, Number(option('--every', 1)) || 1)
const rounds = Math.max(1, Number(option('--rounds', 3)) || 3)
const against = args.includes('--against') ? path.resolve(option('--against')) : null
if (!fs.existsSync(corpus)) {
  console.log(`bench-overhead: no corpus at ${corpus}; nothing was measured.`)
  process.exit(0)
}
for (const build of [root, against].filter(Boolean)) {
  if (!fs.existsSync(path.join(build, 'dist', 'index.js'))) {
    console.log(`bench-overhead: no build in ${build} (dist/index.js): run "npm run build" there first`)
    process.exit(2)
  }
}

const files = walk(corpus).filter((file) => file.toLowerCase().endsWith('.txt')).filter((_, i) => i % every === 0)
const list = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'analyze-overhead-')), 'articles.list')
fs.writeFileSync(list, files.join('\n') + '\n')

const kinds = [
  { name: 'bare nlp(text)', mode: 'bare', build: root },
  { name: 'analyze(), this build', mode: 'analyze', build: root },
  ...(against ? [{ name: `analyze(), ${against}`, mode: 'analyze', build: against }] : []),
]
const seconds = kinds.map(() => [])
try {
  for (let round = 0; round < rounds; round++) {
    // a different kind first in each round: none always runs on the machine's coolest or busiest minute
    for (let k = 0; k < kinds.length; k++) {
      const i = (k + round) % kinds.length
      process.stderr.write(`bench-overhead: round ${round + 1} of ${rounds}: ${kinds[i].name} …\n`)
      const child = spawnSync(process.execPath, [fileOf(import.meta.url), '--child', kinds[i].mode, kinds[i].build, list], { encoding: 'utf8' })
      if (child.status !== 0) throw new Error(`${kinds[i].name} failed: ${child.stderr.split('\n')[0]}`)
      seconds[i].push(Number(child.stdout))
    }
  }
} finally {
  fs.rmSync(path.dirname(list), { recursive: true, force: true })
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
// ratios taken within each round (the same minute's load on both sides), then their median
const ratios = (i, j) => seconds[i].map((s, r) => s / seconds[j][r])
console.log(`corpus: ${corpus}: ${files.length} articles${every > 1 ? ` (every ${every}-th)` : ''}, ${rounds} rounds, warm-up ${WARM_UP} articles a process`)
for (const [i, kind] of kinds.entries()) {
  const ms = (median(seconds[i]) / files.length) * 1000
  const vsBare = i === 0 ? '' : `  ${median(ratios(i, 0)).toFixed(3)}× bare (rounds: ${ratios(i, 0).map((x) => x.toFixed(3)).join(', ')})`
  console.log(`  ${kind.name.padEnd(24)} ${median(seconds[i]).toFixed(2).padStart(7)} s CPU  ${ms.toFixed(2)} ms an article${vsBare}`)
}
if (against) console.log(`  this build vs ${against}: ${median(ratios(1, 2)).toFixed(3)}× its CPU (rounds: ${ratios(1, 2).map((x) => x.toFixed(3)).join(', ')})`)

function fileOf(url) {
  return new URL(url).pathname
}
