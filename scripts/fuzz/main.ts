#!/usr/bin/env node
// npm run fuzz -- --minutes N [--seed S] [--out DIR]    generate, check, shrink and save failures for N minutes
// npm run fuzz -- --replay SEED                          make one case again from its seed and check it
//
// Each case is made from its own seed (generate.ts), checked (check.ts, and linear.ts for storms, and now and
// then the built binary), and a failure of a kind not seen before in the run is shrunk (shrink.ts) and saved
// in .fuzz-out/ (git-ignored) with the seed that made it. Not part of `npm test`: the suite runs a short,
// fixed-seed piece of it (__tests__/robustness/fuzz.test.ts).
import fs from 'node:fs'
import path from 'node:path'
import { checkText, type CheckOptions, type Violation } from './check'
import { binaryBuilt, checkBinary } from './cli-check'
import { generate, RUN_LIMITS, type FuzzCase } from './generate'
import { checkLinear } from './linear'
import { randomFrom } from './random'
import { shrink } from './shrink'
import { fixtureTexts, optionsFor, signature } from './cases'
import { SPLIT_CHARS } from '../../src/article-plan'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const root = path.resolve(__dirname, '..', '..')
const outDir = path.resolve(option('--out') ?? path.join(root, '.fuzz-out'))
const fixtures = fixtureTexts(path.join(root, 'fixtures'))

function replay(seed: number) {
  const c = generate(seed >>> 0, RUN_LIMITS, fixtures)
  const options = optionsFor(c)
  const found = check(c, options, true)
  console.log(`case ${seed}: ${c.family}, ${c.text.length} characters, options ${JSON.stringify(options)}`)
  console.log(found ? `${found.kind}: ${found.message}\n${found.stack ?? ''}` : 'no violation')
  process.exitCode = found ? 1 : 0
}

/** The slowest storms of the run, by characters a CPU millisecond. */
const slowest: Array<{ seed: number; rate: number; ratio: number; length: number }> = []

function check(c: FuzzCase, options: CheckOptions, everything = false): Violation | null {
  const found = checkText(c.text, options)
  if (found) return found
  if (c.storm && (everything || (c.seed >>> 8) % 3 === 0)) {
    const slow = checkLinear(c, options.published, (s) => {
      slowest.push({ seed: c.seed, rate: s.rate, ratio: s.ratio, length: c.text.length })
      slowest.sort((a, b) => a.rate - b.rate).splice(5)
    })
    if (slow) return slow
  }
  // the binary now and then, and on every input long enough for its sections to be split over the workers
  if ((everything || (c.seed >>> 10) % 150 === 0 || c.text.length > SPLIT_CHARS) && binaryBuilt()) return checkBinary(c.text, fixtures[c.seed % fixtures.length] ?? 'x')
  return null
}

function run(minutes: number, runSeed: number) {
  fs.mkdirSync(outDir, { recursive: true })
  const started = Date.now()
  const until = started + minutes * 60_000
  const r = randomFrom(runSeed)
  const seen = new Map<string, { count: number; file: string | null; seed: number }>()
  const families = new Map<string, number>()
  let cases = 0
  let characters = 0
  let lastReport = started
  process.stderr.write(`fuzz: run seed ${runSeed}, ${minutes} minutes, failures into ${outDir}\n`)
  while (Date.now() < until) {
    const c = generate(r.seed(), RUN_LIMITS, fixtures)
    const options = optionsFor(c)
    cases++
    characters += c.text.length
    families.set(c.family, (families.get(c.family) ?? 0) + 1)
    const found = check(c, options)
    if (found) {
      const key = signature(found)
      const known = seen.get(key)
      if (known) known.count++
      else {
        process.stderr.write(`fuzz: case ${c.seed} (${c.family}, ${c.text.length} chars): ${found.kind}: ${found.message}\n`)
        seen.set(key, { count: 1, file: save(c, options, found, key), seed: c.seed })
      }
    }
    if (Date.now() - lastReport > 60_000) {
      lastReport = Date.now()
      process.stderr.write(`fuzz: ${cases} cases, ${(characters / 1e6).toFixed(1)} MB, ${seen.size} kinds of failure, ${((Date.now() - started) / 60_000).toFixed(0)} of ${minutes} min\n`)
    }
  }
  const elapsed = (Date.now() - started) / 60_000
  console.log(`fuzz: run seed ${runSeed}: ${cases} cases (${[...families].map(([f, n]) => `${n} ${f}`).join(', ')}), ${(characters / 1e6).toFixed(1)} MB of text, ${elapsed.toFixed(1)} minutes`)
  console.log(seen.size === 0 ? 'fuzz: no failure' : `fuzz: ${seen.size} kinds of failure:`)
  for (const [key, s] of seen) console.log(`  ${s.count}× ${key}\n     first: case ${s.seed}${s.file ? `, shrunk into ${path.relative(root, s.file)}` : ''}`)
  console.log(`fuzz: slowest storms timed: ${slowest.map((s) => `case ${s.seed} ${s.rate.toFixed(1)} chars/ms (${s.length} chars, 4× took ${s.ratio.toFixed(1)}×)`).join('; ')}`)
  fs.appendFileSync(path.join(outDir, 'runs.log'), `${new Date().toISOString()} seed ${runSeed} minutes ${elapsed.toFixed(1)} cases ${cases} failures ${seen.size}\n`)
  process.exitCode = seen.size === 0 ? 0 : 1
}

/** Shrinks a failure (a few minutes at most) and writes it with its seed: <kind>-<seed>.json and .txt. */
function save(c: FuzzCase, options: CheckOptions, found: Violation, key: string): string {
  const sameFailure = (text: string) => {
    const again = checkText(text, options)
    return again !== null && signature(again) === key
  }
  const small = found.kind === 'slow' || found.kind === 'cli' ? { text: c.text, tests: 0, timedOut: false } : shrink(c.text, sameFailure, 180_000, c.storm?.unit)
  const last = found.kind === 'slow' || found.kind === 'cli' ? found : checkText(small.text, options) ?? found
  const base = path.join(outDir, `${found.kind}-${c.seed}`)
  fs.writeFileSync(`${base}.txt`, small.text)
  fs.writeFileSync(`${base}.json`, JSON.stringify({
    seed: c.seed, family: c.family, replay: `npm run fuzz -- --replay ${c.seed}`, options, signature: key,
    kind: last.kind, message: last.message, stack: last.stack ?? null, originalLength: c.text.length,
    shrunk: { text: small.text, length: small.text.length, tests: small.tests, minimal: !small.timedOut },
    storm: c.storm ? { unit: c.storm.unit, count: c.storm.count, prefixLength: c.storm.prefix.length } : null,
  }, null, 2))
  process.stderr.write(`fuzz:   shrunk to ${small.text.length} chars in ${small.tests} tests: ${JSON.stringify(small.text.slice(0, 200))}\n`)
  return `${base}.json`
}

// last: the functions above use constants declared after them
if (option('--replay') !== undefined) replay(Number(option('--replay')))
else run(Number(option('--minutes') ?? 1), Number(option('--seed') ?? Date.now() % 2 ** 32))
