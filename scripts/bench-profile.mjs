#!/usr/bin/env node
// Where analyze()'s CPU goes, read from a V8 CPU profile (not a test: figures are printed, nothing is asserted).
// The wall and CPU figures of `npm run bench` say how far the pool is from the bare parse; this says why:
//
//   node scripts/bench-profile.mjs [--corpus DIR] [--every K] [--top N] [--passes N] [--keep FILE]
//
// A child process loads the build (dist/index.js), reads the corpus's .txt files (by default the bench's quick set,
// ../shared/corpus/wikinews) and calls analyze(text) on each under `node --cpu-prof`. The profile is then summed
// four ways:
//
//   kinds       self time of compromise's code, ours (dist/), the garbage collector, regular expressions, the rest
//   compromise  compromise's time by the function of ours that called into it: parseArticle's one nlp() call is the
//               parse the floor also pays; any other caller is a second compromise pass of ours (nlp(word),
//               .match(), .tag() on a phrase) and costs on top of it
//   passes      inclusive time of our functions (analyzeSection → parseArticle, extractDates, attribute, …)
//   self        self time by function, ours and compromise's together, the hottest first
//
// --passes N analyses the articles N times in the one process and prints the kinds for each pass: the first pays
// for V8 learning the code (feedback, compilation), as each worker of the pool does on its share of a batch; the
// last is the steady state. On fcff458, 293 Wikinews articles: compromise 9.6 → 7.6 s, ours 2.7 → 1.6 s, GC
// 1.3 → 1.0 s from the first pass to the second (ours is 28 % of compromise's time in the first, 21 % after).
//
// The profile samples the thread every millisecond of wall time: on a loaded machine every figure grows alike,
// so read the shares (%), not the seconds. --keep FILE keeps the .cpuprofile (Chrome DevTools opens it).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { walk } from './bench-run.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)

if (args[0] === '--child') {
  // --child LIST PASSES MARKS: analyze() over every article of LIST (one path a line), PASSES times; the clock
  // (microseconds, the profile's clock) at the start and at the end of each pass written to MARKS
  const require = createRequire(import.meta.url)
  const { analyze } = require(path.join(root, 'dist', 'index.js'))
  const texts = fs.readFileSync(args[1], 'utf8').split('\n').filter(Boolean).map((file) => fs.readFileSync(file, 'utf8'))
  const marks = [process.hrtime.bigint()]
  for (let pass = 0; pass < Number(args[2]); pass++) {
    for (const text of texts) analyze(text, {})
    marks.push(process.hrtime.bigint())
  }
  fs.writeFileSync(args[3], JSON.stringify(marks.map((mark) => Number(mark / 1000n))))
  process.exit(0)
}

const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus', 'wikinews')))
const every = Math.max(1, Number(option('--every', 1)) || 1)
const top = Math.max(1, Number(option('--top', 25)) || 25)
const passes = Math.max(1, Number(option('--passes', 1)) || 1)
if (!fs.existsSync(corpus)) {
  console.log(`bench-profile: no corpus at ${corpus}; nothing was measured.`)
  process.exit(0)
}
if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
  console.log('bench-profile: no build (dist/index.js): run "npm run build" first')
  process.exit(2)
}

const files = walk(corpus).filter((file) => file.toLowerCase().endsWith('.txt')).filter((_, i) => i % every === 0)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'analyze-profile-'))
let profile
let marks
try {
  const list = path.join(tmp, 'articles.list')
  fs.writeFileSync(list, files.join('\n') + '\n')
  const marksFile = path.join(tmp, 'marks.json')
  const child = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', tmp, new URL(import.meta.url).pathname, '--child', list, String(passes), marksFile], { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`the profiled run failed: ${child.stderr.split('\n')[0]}`)
  const written = fs.readdirSync(tmp).find((name) => name.endsWith('.cpuprofile'))
  if (!written) throw new Error('node wrote no .cpuprofile')
  if (args.includes('--keep')) fs.copyFileSync(path.join(tmp, written), option('--keep'))
  profile = JSON.parse(fs.readFileSync(path.join(tmp, written), 'utf8'))
  marks = JSON.parse(fs.readFileSync(marksFile, 'utf8'))
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parentOf = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node)
/** Microseconds sampled in each node (its self time); and the same for each pass, by the time of the sample. */
const selfTime = new Map()
const passTime = Array.from({ length: passes }, () => new Map())
let clock = profile.startTime
profile.samples.forEach((id, i) => {
  const t = profile.timeDeltas[i] ?? 0
  clock += t
  selfTime.set(id, (selfTime.get(id) ?? 0) + t)
  const pass = marks.findIndex((mark, k) => k > 0 && clock >= marks[k - 1] && clock < mark) - 1
  if (pass >= 0) passTime[pass].set(id, (passTime[pass].get(id) ?? 0) + t)
})
const total = [...selfTime.values()].reduce((sum, t) => sum + t, 0)

const isOurs = (node) => node.callFrame.url.includes('/dist/')
const isCompromise = (node) => node.callFrame.url.includes('/compromise/')
function kindOf(node) {
  if (isCompromise(node)) return 'compromise'
  if (isOurs(node)) return 'ours (dist/)'
  const name = node.callFrame.functionName
  if (name === '(garbage collector)' || name === '(idle)' || name === '(program)') return name
  if (name.startsWith('RegExp: ')) return 'regular expressions'
  return 'node and the rest'
}
function nameOf(node) {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.includes('/dist/') ? url.slice(url.lastIndexOf('/dist/') + 6) : url.split('/').pop()
  return `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`.slice(0, 110)
}
function* stackOf(node) {
  for (let at = node; at; at = parentOf.get(at.id)) yield at
}

const kinds = new Map()
const compromiseBy = new Map()
const inclusive = new Map()
const self = new Map()
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t)
for (const [id, t] of selfTime) {
  const node = nodes.get(id)
  add(kinds, kindOf(node), t)
  if (!node.callFrame.functionName.startsWith('(')) add(self, `${kindOf(node) === 'compromise' ? '[compromise] ' : ''}${nameOf(node)}`, t)
  const seen = new Set()
  let caller = null
  for (const frame of stackOf(node)) {
    if (isCompromise(node) && !caller && isOurs(frame)) caller = nameOf(frame)
    if (!isOurs(frame)) continue
    const key = nameOf(frame)
    if (!seen.has(key)) add(inclusive, key, t)
    seen.add(key)
  }
  if (isCompromise(node)) add(compromiseBy, caller ?? '(no caller of ours: loading compromise)', t)
}

const show = (title, map, n = top) => {
  console.log(title)
  for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`  ${(t / 1e6).toFixed(2).padStart(7)} s ${((100 * t) / total).toFixed(1).padStart(5)} %  ${key}`)
  }
  console.log('')
}
console.log(`corpus: ${corpus}: ${files.length} articles${every > 1 ? ` (every ${every}-th)` : ''}; profile: ${(total / 1e6).toFixed(1)} s sampled (wall time of the thread)`)
console.log('')
show('kinds (self time)', kinds)
if (passes > 1) {
  console.log('kinds, pass by pass (the first pays for V8 learning the code)')
  passTime.forEach((times, k) => {
    const byKind = new Map()
    for (const [id, t] of times) add(byKind, kindOf(nodes.get(id)), t)
    console.log(`  pass ${k + 1}: ${[...byKind].filter(([, t]) => t >= 5e3).sort((a, b) => b[1] - a[1]).map(([kind, t]) => `${kind} ${(t / 1e6).toFixed(2)} s`).join(', ')}`)
  })
  console.log('')
}
show('compromise, by the function of ours that called it (parseArticle: the parse; any other: a pass on top)', compromiseBy, 10)
show('our functions, inclusive', inclusive)
show('functions, self time', self)
