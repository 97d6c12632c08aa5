#!/usr/bin/env node
// Score the built analyzer against the annotated sets in ../shared/eval (not part of the test suite: a
// user's clone has no ../shared).
//
//   npm run eval [-- SET ...] [--verbose] [--keep]
//
// SET: seed, ggt-dev, polnear-dev, polnear-train (the part tuned on), polnear-aside (every fifth
// polnear-train file by name, set aside to check that a change generalises: its misses are never printed).
// By default all five. Articles are analysed by the built CLI on its worker pool, as a user's batch would be.
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { execFileSync } from 'node:child_process'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const shared = path.resolve(root, '..', 'shared')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const ALL = ['seed', 'ggt-dev', 'polnear-dev', 'polnear-train', 'polnear-aside']
const sets = args.filter((a) => !a.startsWith('--'))

// the gold folder of a set: the shared folder itself, or a folder of links to the part of polnear-train
function goldDir(set) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gold-${set}-`))
  if (set === 'seed') {
    fs.copyFileSync(path.join(shared, 'seed', 'article.gold.json'), path.join(dir, 'article.json'))
    fs.copyFileSync(path.join(shared, 'seed', 'article.txt'), path.join(dir, 'article.txt'))
    return dir
  }
  if (set !== 'polnear-train' && set !== 'polnear-aside') return path.join(shared, 'eval', set)
  const from = path.join(shared, 'eval', 'polnear-train')
  const ids = fs.readdirSync(from).filter((f) => f.endsWith('.txt')).sort().map((f) => f.slice(0, -4))
  ids.forEach((id, i) => {
    if ((i % 5 === 4) !== (set === 'polnear-aside')) return
    for (const ext of ['.txt', '.json']) fs.symlinkSync(path.join(from, id + ext), path.join(dir, id + ext))
  })
  return dir
}

for (const set of sets.length ? sets : ALL) {
  if (!ALL.includes(set)) { console.error(`unknown set ${set}; one of ${ALL.join(', ')}`); process.exit(2) }
  const gold = goldDir(set)
  const files = fs.readdirSync(gold).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(gold, f))
  const out = path.join(os.tmpdir(), `pred-${set}.ndjson`)
  const started = Date.now()
  const ndjson = execFileSync('node', [path.join(root, 'bin', 'analyze'), ...files, '--format', 'ndjson', '--no-progress', '--explain'],
    { encoding: 'utf8', maxBuffer: 1 << 30 })
  fs.writeFileSync(out, ndjson)
  const scoreArgs = [path.join(shared, 'eval', 'score.mjs'), '--gold', gold, '--pred', out]
  if (verbose && set !== 'polnear-aside') scoreArgs.push('--verbose')
  const lines = execFileSync('node', scoreArgs, { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')
  console.log(`== ${set}: ${files.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s; predictions in ${out}`)
  for (const line of lines) if (line) console.log(line.startsWith('articles') ? line : `${set.padEnd(13)} ${line}`)
}
