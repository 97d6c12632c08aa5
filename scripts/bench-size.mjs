#!/usr/bin/env node
// How analysis time and memory grow with the size of one article: the bundled fixtures joined to 100 KB,
// 1 MB (and more with --max=N MB), analysed with the built analyzer, one size a fresh process.
// Usage: npm run bench:size [-- --max=4]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const fixtures = path.join(root, 'fixtures')
const max = Number(process.argv.find((a) => a.startsWith('--max='))?.slice(6) ?? 1)
const pieces = fs.readdirSync(fixtures).map((d) => path.join(fixtures, d, 'article.txt')).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'))

function articleOf(bytes) {
  let text = ''
  for (let i = 0; text.length < bytes; i++) text += pieces[i % pieces.length] + '\n\n'
  return text.slice(0, bytes)
}

// each size in its own process, so that peak memory is that size's alone
const child = `
const { analyze } = require(${JSON.stringify(path.join(root, 'dist', 'index.js'))})
const text = require('fs').readFileSync(process.argv[1], 'utf8')
const t = process.hrtime.bigint()
const a = analyze(text, { published: '2025-08-19' })
const ms = Number(process.hrtime.bigint() - t) / 1e6
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024, quotes: a.quotes.length, dates: a.dates.length, figures: a.figures.length }))
`
const sizes = [100_000, 1_000_000, ...[2, 4, 10].filter((m) => m <= max).map((m) => m * 1_000_000)]
console.log('size      seconds   MB/s   peak RSS MB   quotes   dates   figures')
for (const size of sizes) {
  const file = path.join(os.tmpdir(), `analyze-bench-${size}.txt`)
  fs.writeFileSync(file, articleOf(size))
  const r = JSON.parse(execFileSync(process.execPath, ['-e', child, file], { encoding: 'utf8', maxBuffer: 1 << 20 }))
  const mb = size / 1e6
  console.log(`${(mb.toFixed(1) + ' MB').padEnd(9)} ${(r.ms / 1000).toFixed(1).padStart(7)} ${(mb / (r.ms / 1000)).toFixed(3).padStart(6)} ${r.rss.toFixed(0).padStart(12)} ${String(r.quotes).padStart(8)} ${String(r.dates).padStart(7)} ${String(r.figures).padStart(9)}`)
  fs.rmSync(file)
}
console.log(`load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
