#!/usr/bin/env node
// A pool run's timeline, worker by worker (not a test: figures are printed, nothing is asserted). Runs
// `bin/analyze DIR --ext txt --format ndjson` with a preload that times, in each worker thread, every request it
// takes and every reply it posts, with the thread's own CPU (/proc/thread-self/schedstat, nanoseconds), and in
// the main thread every thread's CPU at the end. It answers what the bench's one CPU figure cannot:
//
//   CPU by thread       main thread (reading, receiving, writing), the workers, the rest (V8's compiler and GC
//                       helpers, libuv's file reads)
//   start-up            each worker's wall and CPU until it is ready (analyze and compromise loaded), and its
//                       warm-up: what its first 100 articles cost beyond the CPU a character of its later ones
//   idle                the time a worker waited between posting an answer and its next request arriving
//   tail                how long one worker sat idle at the end while the other finished
//
//   node scripts/bench-timeline.mjs [--corpus DIR] [--runs R] [--jobs J] [--sort]   (default: ../shared/corpus/wikinews)
//
// The warm-up figure prices every article at the CPU a character of the articles after the first 100 cost, so it
// holds when the first 100 are like the rest: with --sort the pool takes the files in name order; without it, the
// largest first (batch/largest-first.ts), whose cost a character is higher, and the figure comes out low.
//
// The preload's own writes (one line a reply) are outside the idle figure. Linux only. On a shared machine
// each figure moves with the load: compare builds side by side, in turns.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { args, corpusOption, option, root } from './bench-args.mjs'

if (!fs.existsSync('/proc/thread-self/schedstat')) {
  console.log('bench-timeline: no /proc/thread-self/schedstat (Linux only); nothing was measured.')
  process.exit(0)
}
const corpus = corpusOption()
const runs = Math.max(1, Number(option('--runs', 1)) || 1)
const jobs = option('--jobs', null)
const sort = args.includes('--sort')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-timeline-'))
const preload = path.join(tmp, 'probe.cjs')
fs.writeFileSync(preload, PRELOAD())
try {
  for (let r = 0; r < runs; r++) {
    const out = path.join(tmp, `events-${r}.ndjson`)
    const child = spawnSync(process.execPath, ['-r', preload, path.join(root, 'bin', 'analyze'), corpus, '--ext', 'txt', '--format', 'ndjson', ...(jobs ? ['--jobs', jobs] : []), ...(sort ? ['--sort'] : [])],
      { env: { ...process.env, PROBE_OUT: out, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    if (child.status !== 0) {
      console.log(`bench-timeline: the run failed:\n${(child.stderr ?? '').split('\n').slice(0, 5).join('\n')}`)
      process.exit(1)
    }
    report(fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)), os.loadavg()[0])
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}

function report(events, load) {
  const main = events.find((e) => e.ev === 'main')
  const s = (ms) => (ms / 1000).toFixed(2)
  const workerTids = new Set(events.filter((e) => e.ev === 'start').map((e) => e.tid))
  const all = Object.values(main.threads).reduce((a, b) => a + b, 0)
  const workers = Object.entries(main.threads).filter(([tid]) => workerTids.has(tid)).reduce((a, [, c]) => a + c, 0)
  console.log(`${corpus}${jobs ? `, --jobs ${jobs}` : ''}${sort ? ', --sort' : ''}: wall ${s(main.t - main.t0)} s, load ${load.toFixed(1)}; CPU s: all ${s(all)} = main ${s(main.c)} + workers ${s(workers)} + other threads ${s(all - workers - main.c)}`)
  const ends = []
  for (const w of [...new Set(events.filter((e) => e.w).map((e) => e.w))]) {
    const mine = events.filter((e) => e.w === w)
    const start = mine.find((e) => e.ev === 'start')
    const ready = mine.find((e) => e.ev === 'ready')
    const arrived = new Map(mine.filter((e) => e.ev === 'in').map((e) => [e.id, e]))
    const rows = []
    let free = mine.find((e) => e.ev === 'posted' && e.id === undefined) ?? ready
    for (const answer of mine.filter((e) => e.ev === 'done' || e.ev === 'rendered' || e.ev === 'section')) {
      const request = arrived.get(answer.id)
      if (!request) continue
      rows.push({ id: answer.id, chars: request.len, cpu: answer.c - Math.max(free.c, request.c), idle: Math.max(0, request.t - free.t), at: answer.t })
      free = mine.find((e) => e.ev === 'posted' && e.id === answer.id) ?? answer
    }
    if (rows.length === 0) continue
    ends.push(rows[rows.length - 1].at)
    const later = rows.slice(100)
    const rate = later.length ? later.reduce((a, r) => a + r.cpu, 0) / Math.max(1, later.reduce((a, r) => a + r.chars, 0)) : null
    const warmUp = rate === null ? null : rows.slice(0, 100).reduce((a, r) => a + r.cpu - r.chars * rate, 0)
    const idle = rows.reduce((a, r) => a + r.idle, 0)
    console.log(`  worker ${w}: ready ${s(ready.t - start.t)} s after it started (${s(ready.c - start.c)} s CPU); ${rows.length} articles, ${s(rows.reduce((a, r) => a + r.cpu, 0))} s CPU; warm-up ${warmUp === null ? '– (fewer than 101 articles)' : `${s(warmUp)} s CPU`}; idle between articles ${s(idle)} s; thread CPU ${s(main.threads[start.tid] ?? 0)} s`)
  }
  if (ends.length > 1) console.log(`  tail: the last worker finished ${s(Math.max(...ends) - Math.min(...ends))} s after the first; the process ended ${s(main.t - Math.max(...ends))} s after that`)
}

/** The preload: in a worker, a line for each request taken and each reply posted; in the main thread, every thread's CPU at exit. */
function PRELOAD() {
  return `'use strict'
const fs = require('fs')
const { isMainThread, threadId } = require('worker_threads')
const out = process.env.PROBE_OUT
const cpuOf = (file) => Number(fs.readFileSync(file, 'utf8').split(' ')[0]) / 1e6
const cpu = () => cpuOf('/proc/thread-self/schedstat')
const now = () => Number(process.hrtime.bigint()) / 1e6
const line = (fields) => JSON.stringify({ w: threadId, ...fields, t: now(), c: cpu() })
if (!isMainThread) {
  const port = require('worker_threads').parentPort
  const lines = [line({ ev: 'start', tid: fs.readlinkSync('/proc/thread-self').split('/').pop() })]
  port.on('message', (m) => lines.push(line({ ev: 'in', id: m.id, len: m.text ? m.text.length : m.job ? m.job.text.length : 0 })))
  const post = port.postMessage.bind(port)
  port.postMessage = (m, transfer) => {
    lines.push(line({ ev: m.type, id: m.id }))
    const posted = post(m, transfer)
    lines.push(line({ ev: 'posted', id: m.id }))
    // written at once: the pool ends a worker without warning
    fs.appendFileSync(out, lines.splice(0).join('\\n') + '\\n')
    return posted
  }
} else {
  // the pool starts its workers with execArgv of its own: this file is added to it
  const threads = require('worker_threads')
  const Worker = threads.Worker
  threads.Worker = class extends Worker {
    constructor(script, options = {}) {
      super(script, { ...options, execArgv: [...(options.execArgv ?? []), '--require', __filename] })
    }
  }
  const t0 = now()
  const seen = new Map()
  const sample = () => {
    for (const tid of fs.readdirSync('/proc/self/task')) {
      try { seen.set(tid, cpuOf('/proc/self/task/' + tid + '/schedstat')) } catch {}
    }
  }
  setInterval(sample, 100).unref()
  process.on('exit', () => {
    sample()
    fs.appendFileSync(out, JSON.stringify({ ev: 'main', t0, t: now(), c: cpu(), threads: Object.fromEntries(seen) }) + '\\n')
  })
}
`
}
