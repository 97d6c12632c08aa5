// A source after "according to" vouches for the whole sentence before it, frames and all:
//
//   In 2007, Mr Hale set up a firm and invited a banker to invest, according to a court filing.
//     → "In 2007, Mr Hale set up a firm and invited a banker to invest" (a court filing),
//       not "a banker to invest" (Mr Hale) alone
//
// What a verb's frame takes inside that sentence ("invited a banker to invest", "pledged to support the senator")
// gives way to it. A clause after a verb of saying keeps its own speaker ("Ms Lee said the plan failed, according to
// the Gazette" stays Ms Lee's).
import type { QuoteCandidate } from './context'

/** The candidates without those found by a verb's frame that lie inside `outer`. */
export function withoutFramesInside(candidates: QuoteCandidate[], outer: QuoteCandidate): QuoteCandidate[] {
  return candidates.filter((c) => c === outer || !/^frame-/.test(c.found) || c.start < outer.start || c.end > outer.end)
}
