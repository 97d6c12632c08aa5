// How far V8 lets a heap grow past what is alive before collecting it again, for the whole process (worker
// threads share the setting, and V8 reads it at every collection, so it can change during a run). By default
// a heap may grow to four times the live data when collecting is cheap, which it is here.
//
// An ordinary batch holds one article a worker, so collecting more often than that only costs time: each full
// collection marks compromise's lexicon again, and while marking runs every write is slower. The 2,518 articles
// of the corpus on all cores (one run each, load average near 5) took 84 CPU s with the heap let grow to one and
// a half times the live data (279 MB at peak), 79 CPU s at twice (305 MB), 74 CPU s unbounded (416 MB, more
// than a run may take). Twice it is.
//
// A long input (a 10 MB transcript) is another matter: what it has found so far (47,425 quotes and their dates
// and figures at 10 MB) stays alive until its JSON is written, and the heap grows with it. From the first input
// long enough to be analysed in sections, the heap is held to one and a half times the live data: when this was
// chosen, the 4 MB seed in one thread reached 184 MB so, against 289 MB unbounded, and the 10 MB seed on all
// cores 380 MB against 409 MB at twice.
import { setFlagsFromString } from 'node:v8'
import type { Engine } from '../batch/engine'

/** Heap growth past the live data, in percent, for a batch of ordinary articles. */
export const ORDINARY_GROWTH_PERCENT = 100
/** The same once a long input is being analysed. */
export const LONG_INPUT_GROWTH_PERCENT = 50

export function boundHeapGrowth(percent = ORDINARY_GROWTH_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`)
}

/**
 * The engine, with the heap held tighter from the first input longer than `longerThan` characters on (for the
 * rest of the run: what was found stays alive until it is written). `bound` sets the growth (tests watch it).
 */
export function tightHeapForLongInputs(engine: Engine, longerThan: number, bound = boundHeapGrowth): Engine {
  let tight = false
  return {
    capacity: engine.capacity,
    analyze(task) {
      if (!tight && task.text.length > longerThan) {
        tight = true
        bound(LONG_INPUT_GROWTH_PERCENT)
      }
      return engine.analyze(task)
    },
    stop: () => engine.stop(),
  }
}
