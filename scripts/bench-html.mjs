#!/usr/bin/env node
// Time of reading web pages, next to the time of analysing what they give, over the development pages in
// ../shared (not part of the project; the script says so and stops when they are not there).
//
//   npm run bench:html [-- --rounds 3]
//
// Per page: extraction = reading the file, decoding, parsing the HTML, the metadata and the article body (the
// code path of `analyze page.html`, dist/batch/read-article.js); analysis = analyze() on the body it gave.
// One page of each kind is done first, so that loading and compiling are not counted; the cost of loading the
// HTML stack is measured apart, as a fresh process that loads it against one that loads nothing.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const shared = path.resolve(root, '..', 'shared')
const args = process.argv.slice(2)
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1

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

async function measure(file) {
  const t0 = process.hrtime.bigint()
  const read = await readArticle({ kind: 'file', source: file }, { maxBytes: 64 * 2 ** 20 })
  const t1 = process.hrtime.bigint()
  if (!read.ok) return { file, failed: read.record.error }
  analyze(read.text, { source: file, ...(read.page?.published ? { published: read.page.published } : {}) })
  const t2 = process.hrtime.bigint()
  return { file, bytes: fs.statSync(file).size, extract: Number(t1 - t0) / 1e6, analyse: Number(t2 - t1) / 1e6 }
}

const bare = processMs('0')
const stack = processMs(`require(${JSON.stringify(path.join(root, 'dist', 'input', 'html', 'read-page.js'))})`)
await measure(pages[0]) // load and compile before timing

const extract = []
const analyse = []
let bytes = 0
const failed = []
for (let round = 0; round < rounds; round++) {
  for (const file of pages) {
    const result = await measure(file)
    if (result.failed) {
      if (round === 0) failed.push(`${path.relative(shared, file)}: ${result.failed}`)
      continue
    }
    extract.push(result.extract)
    analyse.push(result.analyse)
    if (round === 0) bytes += result.bytes
  }
}

const sum = (values) => values.reduce((a, b) => a + b, 0)
const share = (100 * sum(extract)) / sum(analyse)
console.log(`${pages.length} pages (${(bytes / 2 ** 20).toFixed(1)} MB of HTML), ${rounds} round${rounds > 1 ? 's' : ''}${failed.length ? `, ${failed.length} without article text` : ''}`)
console.log(`step                 ms/page mean   median   max`)
console.log(`extraction          ${mean(extract).toFixed(1).padStart(12)} ${median(extract).toFixed(1).padStart(8)} ${Math.max(...extract).toFixed(1).padStart(6)}`)
console.log(`analysis of the body${mean(analyse).toFixed(1).padStart(12)} ${median(analyse).toFixed(1).padStart(8)} ${Math.max(...analyse).toFixed(1).padStart(6)}`)
console.log(`extraction adds ${share.toFixed(1)}% to analysing the extracted text alone`)
console.log(`loading the HTML stack (linkedom, Readability, our reader): ${(stack - bare).toFixed(0)} ms once per process (node -e 0: ${bare.toFixed(0)} ms)`)
for (const failure of failed) console.log(`  ${failure}`)
