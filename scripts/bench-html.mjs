#!/usr/bin/env node
// Time of reading web pages, next to the time of analysing what they give, over the development pages in
// ../shared (not part of the project; the script says so and stops when they are not there).
//
//   npm run bench:html [-- --rounds 3] [--interleaved]
//
// Per page: extraction = reading the file, decoding, parsing the HTML, the metadata and the article body (the
// code path of `analyze page.html`, dist/batch/read-article.js); analysis = analyze() on the body it gave.
// A first round over all the pages, both steps, is not timed: loading, compiling and optimising the code of
// either step are not counted, the way a folder of pages runs after its first few. Then each step runs over all
// the pages in a loop of its own, so that each pays for the garbage it makes: with the steps taking turns, the
// DOMs one extraction leaves are collected during the analysis after it (`--interleaved` measures that way).
// Wall time is what the goal is set in; the CPU time of the process (its garbage collector's threads included)
// is printed beside it, being less moved by other work on a shared machine. The cost of loading the HTML stack is measured apart, as a fresh process that loads it against one that
// loads nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const shared = path.resolve(root, '..', 'shared')
const args = process.argv.slice(2)
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1
const interleaved = args.includes('--interleaved')

const pages = []
const dev = path.join(shared, 'eval', 'html-dev')
if (fs.existsSync(dev)) for (const name of fs.readdirSync(dev).sort()) if (name.endsWith('.html')) pages.push(path.join(dev, name))
const corpus = path.join(shared, 'corpus', 'html-dev')
if (fs.existsSync(corpus)) for (const name of fs.readdirSync(corpus).sort()) pages.push(path.join(corpus, name, 'source.html'))
if (pages.length === 0) {
  console.error(`no pages in ${dev} or ${corpus}: the development data is not beside the project`)
  process.exit(2)
}

const require = createRequire(import.meta.url)
const { readArticle } = require(path.join(root, 'dist', 'batch', 'read-article.js'))
const { analyze } = require(path.join(root, 'dist', 'analyze.js'))

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
}
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length

/** A fresh process's wall time, median of n runs. */
function processMs(script, n = 7) {
  const times = []
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint()
    execFileSync(process.execPath, ['-e', script], { cwd: root })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return median(times)
}

/** Wall and CPU milliseconds since `start()`. */
const start = () => ({ wall: process.hrtime.bigint(), cpu: process.cpuUsage() })
const elapsed = (since) => {
  const cpu = process.cpuUsage(since.cpu)
  return { wall: Number(process.hrtime.bigint() - since.wall) / 1e6, cpu: (cpu.user + cpu.system) / 1e3 }
}

async function extractPage(file) {
  const started = start()
  const read = await readArticle({ kind: 'file', source: file }, { maxBytes: 64 * 2 ** 20 })
  return { read, ms: elapsed(started) }
}

function analyseBody(file, read) {
  const started = start()
  analyze(read.text, { source: file, ...(read.page?.published ? { published: read.page.published } : {}) })
  return elapsed(started)
}

const bare = processMs('0')
const stack = processMs(`require(${JSON.stringify(path.join(root, 'dist', 'input', 'html', 'read-page.js'))})`)

// the untimed first round
for (const file of pages) {
  const { read } = await extractPage(file)
  if (read.ok) analyseBody(file, read)
}

const extract = []
const analyse = []
let bytes = 0
const failed = []
for (let round = 0; round < rounds; round++) {
  const done = []
  for (const file of pages) {
    const { read, ms } = await extractPage(file)
    if (!read.ok) {
      if (round === 0) failed.push(`${path.relative(shared, file)}: ${read.record.error}`)
      continue
    }
    extract.push(ms)
    if (interleaved) analyse.push(analyseBody(file, read))
    else done.push({ file, read })
    if (round === 0) bytes += fs.statSync(file).size
  }
  for (const { file, read } of done) analyse.push(analyseBody(file, read))
}
const sum = (values) => values.reduce((a, b) => a + b, 0)
const wall = (times) => times.map((time) => time.wall)
const share = (100 * sum(wall(extract))) / sum(wall(analyse))
const cpuShare = (100 * sum(extract.map((time) => time.cpu))) / sum(analyse.map((time) => time.cpu))
const load = os.loadavg().map((value) => value.toFixed(1)).join(' ')
console.log(`${pages.length} pages (${(bytes / 2 ** 20).toFixed(1)} MB of HTML), ${rounds} timed round${rounds > 1 ? 's' : ''}${interleaved ? ', the steps taking turns' : ''}${failed.length ? `, ${failed.length} without article text` : ''}; load average ${load}`)
console.log(`step                 ms/page mean   median   max`)
const row = (times) => `${mean(times).toFixed(1).padStart(12)} ${median(times).toFixed(1).padStart(8)} ${Math.max(...times).toFixed(1).padStart(6)}`
console.log(`extraction          ${row(wall(extract))}`)
console.log(`analysis of the body${row(wall(analyse))}`)
console.log(`extraction adds ${share.toFixed(1)}% to analysing the extracted text alone (in CPU time ${cpuShare.toFixed(1)}%)`)
console.log(`loading the HTML stack (htmlparser2, domhandler, our reader): ${(stack - bare).toFixed(0)} ms once per process (node -e 0: ${bare.toFixed(0)} ms)`)
for (const failure of failed) console.log(`  ${failure}`)
