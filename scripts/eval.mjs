#!/usr/bin/env node
// Score the built analyzer against the annotated sets in ../shared/eval (not part of the test suite: a
// user's clone has no ../shared). Usage: npm run eval [-- SET ...] [--verbose]; SET is ggt-dev, polnear-dev or seed.
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const shared = path.resolve(root, '..', 'shared')
const { analyze } = require(path.join(root, 'dist', 'index.js'))
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const sets = args.filter((a) => !a.startsWith('--'))

function goldDir(set) {
  if (set !== 'seed') return path.join(shared, 'eval', set)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-gold-'))
  fs.copyFileSync(path.join(shared, 'seed', 'article.gold.json'), path.join(dir, 'article.json'))
  fs.copyFileSync(path.join(shared, 'seed', 'article.txt'), path.join(dir, 'article.txt'))
  return dir
}

for (const set of sets.length ? sets : ['seed', 'ggt-dev']) {
  const gold = goldDir(set)
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `pred-${set}-`))
  const started = Date.now()
  for (const f of fs.readdirSync(gold).filter((f) => f.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(gold, f), 'utf8').replace(/^\uFEFF/, '')
    const result = analyze(text, { source: f })
    fs.writeFileSync(path.join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(result))
  }
  console.log(`== ${set} (${Date.now() - started} ms); predictions in ${out}`)
  const scoreArgs = [path.join(shared, 'eval', 'score.mjs'), '--gold', gold, '--pred', out]
  if (verbose) scoreArgs.push('--verbose')
  process.stdout.write(execFileSync('node', scoreArgs, { encoding: 'utf8', maxBuffer: 64 << 20 }))
}
