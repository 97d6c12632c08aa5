#!/usr/bin/env node
// Where the pool's CPU goes, thread by thread, in a real run of the built CLI (not a test: figures are printed,
// nothing is asserted). The bench's CPU figure counts every thread of the process; this splits it into the main
// thread (reading, writing, joining), each worker thread (compromise's parse and our extraction) and V8's
// background threads (TurboFan compiling hot functions, for each worker isolate separately, and the GC's helpers):
//
//   node scripts/bench-pool.mjs [--corpus DIR] [--runs R] [--jobs J] [--against BUILD] [--node-flags "…"]
//
// Each run is `bin/analyze DIR --ext txt --format ndjson` in a fresh process, with this file preloaded (-r): in
// the main thread it samples /proc/self/task/*/stat every 100 ms (a worker's thread is gone once the pool ends
// it, so its last sample is kept; the sampling itself is about 0.1 s of the main thread's CPU in a 10 s run);
// each worker, started with it too, writes its thread's id to a file, so workers are told apart from V8's
// threads. --against BUILD (a folder holding another build's bin/ and dist/) runs that build too, the runs taking
// turns; medians of R runs (default 3). On a shared machine every figure moves with the load: compare builds
// side by side, never with figures from another hour. Linux only.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { args, corpusOption, option, root } from './bench-args.mjs'


if (!fs.existsSync('/proc/self/task')) {
  console.log('bench-pool: no /proc/self/task (Linux only); nothing was measured.')
  process.exit(0)
}
const corpus = corpusOption()
if (!fs.existsSync(corpus)) {
  console.log(`bench-pool: no corpus at ${corpus}; nothing was measured.`)
  process.exit(0)
}
const runs = Math.max(1, Number(option('--runs', 3)) || 3)
const jobs = option('--jobs', null)
const nodeFlags = (option('--node-flags', '') ?? '').split(' ').filter(Boolean)
const builds = [root, ...(args.includes('--against') ? [path.resolve(option('--against'))] : [])]
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pool-'))
const preload = path.join(tmp, 'threads.cjs')
fs.writeFileSync(preload, PRELOAD())

const figures = builds.map(() => [])
try {
  for (let r = 0; r < runs; r++) {
    builds.forEach((build, b) => {
      const report = path.join(tmp, `report-${r}-${b}.json`)
      const started = process.hrtime.bigint()
      const child = spawnSync(process.execPath, [...nodeFlags, '-r', preload, path.join(build, 'bin', 'analyze'), corpus, '--ext', 'txt', '--format', 'ndjson', ...(jobs ? ['--jobs', jobs] : [])],
        { env: { ...process.env, BENCH_POOL_REPORT: report, BENCH_POOL_TIDS: path.join(tmp, `tids-${r}-${b}`) }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      if (child.status !== 0 || !fs.existsSync(report)) {
        console.log(`bench-pool: the run of ${build} failed:\n${(child.stderr ?? '').split('\n').slice(0, 5).join('\n')}`)
        process.exit(1)
      }
      figures[b].push({ wall: Number(process.hrtime.bigint() - started) / 1e9, load: os.loadavg()[0], ...JSON.parse(fs.readFileSync(report, 'utf8')) })
    })
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]
console.log(`${corpus}, ${jobs ? `--jobs ${jobs}` : 'all cores'}${nodeFlags.length ? `, node ${nodeFlags.join(' ')}` : ''}: CPU seconds by thread, medians of ${runs} runs taking turns`)
builds.forEach((build, b) => {
  const f = figures[b]
  const col = (key) => median(f.map((x) => x[key])).toFixed(2)
  console.log(`  ${path.relative(process.cwd(), build) || '.'}: all ${col('total')} = main ${col('main')} + workers ${col('workers')} (${median(f.map((x) => x.perWorker.length))} of them) + V8 background ${col('background')}; wall ${col('wall')} s; load ${f.map((x) => x.load.toFixed(1)).join('/')}`)
})

/** The preload: in the main thread, samples every thread's CPU; in a worker, records its thread id. */
function PRELOAD() {
  return `'use strict'
const fs = require('fs')
const { isMainThread } = require('worker_threads')
const cpuOf = (tid) => {
  const stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) / 100
}
if (!isMainThread) {
  fs.appendFileSync(process.env.BENCH_POOL_TIDS, fs.readlinkSync('/proc/thread-self').split('/').pop() + '\\n')
} else {
  // the pool starts its workers with execArgv of its own: this file is added to it, so that each records its id
  const threads = require('worker_threads')
  const Worker = threads.Worker
  threads.Worker = class extends Worker {
    constructor(script, options = {}) {
      super(script, { ...options, execArgv: [...(options.execArgv ?? []), '--require', __filename] })
    }
  }
  const seen = new Map()
  const sample = () => {
    for (const tid of fs.readdirSync('/proc/self/task')) {
      try { seen.set(tid, cpuOf(tid)) } catch {}
    }
  }
  setInterval(sample, 100).unref()
  process.on('exit', () => {
    sample()
    const workers = fs.existsSync(process.env.BENCH_POOL_TIDS) ? fs.readFileSync(process.env.BENCH_POOL_TIDS, 'utf8').split('\\n').filter(Boolean) : []
    const main = seen.get(String(process.pid)) ?? 0
    const perWorker = workers.map((tid) => seen.get(tid) ?? 0)
    const total = [...seen.values()].reduce((a, b) => a + b, 0)
    const sum = perWorker.reduce((a, b) => a + b, 0)
    fs.writeFileSync(process.env.BENCH_POOL_REPORT, JSON.stringify({ total, main, workers: sum, perWorker, background: total - main - sum }))
  })
}
`
}
