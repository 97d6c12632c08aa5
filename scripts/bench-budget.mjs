#!/usr/bin/env node
// CPU seconds of the analyzer under several V8 interrupt budgets (src/cli/tiering.ts), side by side with the bare
// parse (not a test: figures are printed, nothing is asserted).
//
//   node scripts/bench-budget.mjs [--corpus DIR] [--jobs N] [--rounds R] [--budgets 4,8,16]
//
// Each run is `node --interrupt-budget=B bin/analyze DIR --ext txt --jobs N --format ndjson` (the CLI leaves a budget
// given on node's command line as it is), B a multiple of V8's default (67,584); the floor is
// scripts/bench-floor.mjs. The kinds of run alternate round by round and the median of each is printed, with the
// lowest and highest: on a machine shared with other work the same run can cost 20 % more CPU a minute later.
// By default the bench's quick set (../shared/corpus/wikinews), one worker, three rounds, budgets 1, 4, 8, 16.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measure, printRows, TEXT_FILES_ONLY, walk } from './bench-run.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
/** The value after a flag, or `fallback` when the flag is not given; a flag given without a value stops the bench. */
const option = (name, fallback) => {
  const at = args.indexOf(name)
  if (at < 0) return fallback
  const value = args[at + 1]
  if (value === undefined || value.startsWith('--')) {
    console.error(`bench-budget: ${name} needs a value`)
    process.exit(2)
  }
  return value
}
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus', 'wikinews')))
const jobs = String(Math.max(1, Number(option('--jobs', 1)) || 1))
const rounds = Math.max(1, Number(option('--rounds', 3)) || 3)
const budgets = option('--budgets', '1,4,8,16').split(',').map(Number).filter((k) => k > 0)
const DEFAULT_BUDGET = 67_584

if (!fs.existsSync(corpus)) {
  console.log(`bench-budget: no corpus at ${corpus}; nothing was measured.`)
  process.exit(0)
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.log('bench-budget: no build (dist/cli/main.js): run "npm run build" first')
  process.exit(2)
}

const files = walk(corpus).filter((file) => file.toLowerCase().endsWith('.txt'))
const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-budget-'))
const list = path.join(tmp, 'articles.list')
fs.writeFileSync(list, files.join('\n') + '\n')
const bin = path.join(root, 'bin', 'analyze')
const kinds = [
  { name: 'floor: bare nlp(), 1 thread', args: [path.join(root, 'scripts', 'bench-floor.mjs'), list] },
  ...budgets.map((k) => ({ name: `analyze --jobs ${jobs}, budget ${k}×`, args: [`--interrupt-budget=${k * DEFAULT_BUDGET}`, bin, corpus, ...TEXT_FILES_ONLY, '--jobs', jobs, '--format', 'ndjson'] })),
]
const cpu = kinds.map(() => [])
try {
  for (let round = 1; round <= rounds; round++) {
    process.stderr.write(`bench-budget: round ${round} of ${rounds}\n`)
    for (const [i, kind] of kinds.entries()) cpu[i].push((await measure(kind.name, kind.args, files.length, bytes)).cpuSeconds)
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

console.log(`corpus: ${corpus}: ${files.length} articles; ${rounds} rounds; load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const floor = medianOf(cpu[0])
printRows(['run', 'CPU s (median)', 'lowest', 'highest', 'vs floor'], kinds.map((kind, i) => [
  kind.name, medianOf(cpu[i]).toFixed(2), Math.min(...cpu[i]).toFixed(2), Math.max(...cpu[i]).toFixed(2), `${(medianOf(cpu[i]) / floor).toFixed(2)}×`,
]))
