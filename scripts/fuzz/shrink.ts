// Delta debugging (Zeller's ddmin): a failing text is cut into n pieces and each piece is dropped in turn;
// whatever still fails the same way is kept and cut again, finer and finer, until no single character can go.
// A storm of 40,000 characters that crashes comes back as the few words that crash it.

export interface ShrinkResult {
  text: string
  tests: number
  /** Whether the budget ran out before the text was minimal. */
  timedOut: boolean
}

/**
 * The smallest text found within `budgetMs` for which `fails` still holds. A storm (one unit repeated) is first
 * cut by whole units, which is far quicker than cutting characters out of 40,000 of them.
 */
export function shrink(text: string, fails: (candidate: string) => boolean, budgetMs: number, unit?: string): ShrinkResult {
  const deadline = Date.now() + budgetMs
  let tests = 0
  const test = (candidate: string) => {
    tests++
    return fails(candidate)
  }
  if (unit) text = fewerUnits(text, unit, test)
  let pieces = 2
  while (text.length >= 2) {
    if (Date.now() > deadline) return { text, tests, timedOut: true }
    const size = Math.ceil(text.length / pieces)
    let reduced = false
    for (let start = 0; start < text.length; start += size) {
      const complement = text.slice(0, start) + text.slice(start + size)
      if (complement.length < text.length && test(complement)) {
        text = complement
        pieces = Math.max(pieces - 1, 2)
        reduced = true
        break
      }
      if (Date.now() > deadline) return { text, tests, timedOut: true }
    }
    if (!reduced) {
      if (size === 1) break
      pieces = Math.min(pieces * 2, text.length)
    }
  }
  return { text, tests, timedOut: false }
}

/** The fewest repetitions of a storm's unit that still fail, by halving: "said: “" × 8,000 → × 3. */
function fewerUnits(text: string, unit: string, test: (candidate: string) => boolean): string {
  const first = text.indexOf(unit)
  if (first < 0) return text
  let count = 0
  while (text.startsWith(unit, first + count * unit.length)) count++
  const prefix = text.slice(0, first)
  const suffix = text.slice(first + count * unit.length)
  let lo = 1
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (test(prefix + unit.repeat(mid) + suffix)) hi = mid
    else lo = mid + 1
  }
  return hi < count ? prefix + unit.repeat(hi) + suffix : text
}
