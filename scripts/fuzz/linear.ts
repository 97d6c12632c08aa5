// Time roughly linear in length: a storm is analysed at a quarter of its repetitions and in full; four times the
// text may take four times as long (a little more for noise), not sixteen. CPU time of this thread, not wall
// time, so that other work on a shared machine moves it less; a ratio over the bound is measured twice more
// and the fastest run of each size kept before it counts.
import { analyze } from '../../src/analyze'
import type { FuzzCase } from './generate'
import type { Violation } from './check'

/** Four times the text taking more than this many times as long is not linear. */
export const MAX_RATIO = 8
/**
 * Characters a CPU millisecond, at least, for a storm long enough to be cut into several nlp() calls: there a
 * cost that grows with the square of a call's length looks linear, only slow (news runs at 100–200).
 */
export const MIN_RATE = 20
/** Storms shorter than this are not held to MIN_RATE (one nlp() call, start-up costs). */
const MIN_RATE_CHARS = 40_000
/** Below this much CPU time for the full storm the ratio is mostly start-up noise. */
const MIN_FULL_MS = 250

function cpuMs(step: () => void): number {
  const before = process.cpuUsage()
  step()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

export interface Scaling {
  quarterMs: number
  fullMs: number
  ratio: number
  /** Characters of the full storm a CPU millisecond. */
  rate: number
}

/** Times a storm at a quarter and at its full count; null when it is too small to say. */
export function measureScaling(c: FuzzCase, published: string | undefined, runs = 1): Scaling | null {
  if (!c.storm || c.storm.count < 8) return null
  const { prefix, unit, count } = c.storm
  const quarter = prefix + unit.repeat(Math.floor(count / 4))
  const full = prefix + unit.repeat(Math.floor(count / 4) * 4)
  const options = published ? { published } : {}
  let quarterMs = Infinity
  let fullMs = Infinity
  for (let i = 0; i < runs; i++) {
    quarterMs = Math.min(quarterMs, cpuMs(() => analyze(quarter, options)))
    fullMs = Math.min(fullMs, cpuMs(() => analyze(full, options)))
  }
  return { quarterMs, fullMs, ratio: fullMs / Math.max(quarterMs, 1), rate: full.length / Math.max(fullMs, 1) }
}

/** A violation when a storm's time grows faster than its length, or it runs far slower than news (each confirmed). */
export function checkLinear(c: FuzzCase, published: string | undefined, onMeasured?: (s: Scaling) => void): Violation | null {
  const first = measureScaling(c, published)
  if (!first) return null
  onMeasured?.(first)
  const length = c.text.length
  const superlinear = first.fullMs >= MIN_FULL_MS && first.ratio > MAX_RATIO
  const slow = length >= MIN_RATE_CHARS && first.rate < MIN_RATE
  if (!superlinear && !slow) return null
  const again = measureScaling(c, published, 2)!
  const storm = `${c.storm!.count} × ${JSON.stringify(c.storm!.unit)}`
  if (superlinear && again.ratio > MAX_RATIO) {
    return { kind: 'slow', message: `4× the text took ${again.ratio.toFixed(1)}× as long (${again.quarterMs.toFixed(0)} ms → ${again.fullMs.toFixed(0)} ms CPU, ${storm})` }
  }
  if (slow && again.rate < MIN_RATE) {
    return { kind: 'slow', message: `${again.rate.toFixed(1)} characters a CPU millisecond, under ${MIN_RATE} (${again.fullMs.toFixed(0)} ms for ${length}, ${storm})` }
  }
  return null
}
