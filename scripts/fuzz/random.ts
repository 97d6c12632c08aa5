// A small seeded random source: the same seed gives the same inputs on any machine, so a failure found in an
// hour's run is made again from its seed alone (`npm run fuzz -- --replay 3141592653`).

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** A fresh 32-bit seed: the next case's. */
  seed(): number
}

/** mulberry32: 32 bits of state, a full period, good enough to choose words. */
export function randomFrom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)],
    seed: () => Math.floor(next() * 4294967296) >>> 0,
  }
}
