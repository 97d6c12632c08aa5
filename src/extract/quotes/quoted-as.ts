// The passive of being quoted: the words are the subject's, the verb of saying comes after "as".
//
//   “We will win,” Mr Hale was quoted as saying.                        → Mr Hale
//   The mine will close, Tom Hale was quoted as saying by the Gazette.  → Tom Hale
//   Ms Lee is reported as saying that the road was safe.                → Ms Lee
//
// Not "was quoted in the Gazette" (no verb of saying after "as"), nor "was described as saying nothing".
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, type TokenRange } from '../phrases'
import { BE, passiveAdverb } from './passive-report'
const QUOTED = new Set(['quoted', 'reported', 'cited', 'heard'])
const SAYING = new Set(['saying', 'telling', 'stating', 'writing', 'warning', 'claiming', 'adding', 'arguing', 'insisting'])

/**
 * The words "was quoted as saying" starting at token j (a form of "be", adverbs allowed before the participle, and
 * an agent after it: "was quoted by the agency as saying"), as a range ending after the verb of saying; else null.
 */
export function quotedAsSaying(tokens: Token[], j: number, ceil: number): TokenRange | null {
  let k = j
  if (!BE.has(tokenAt(tokens, k)?.normal ?? '')) return null
  if (/^(been|being)$/.test(tokenAt(tokens, k + 1)?.normal ?? '')) k++
  k++
  while (k < ceil && passiveAdverb(tokens[k]) && !breaksAfter(tokens[k])) k++
  if (k >= ceil || !QUOTED.has(tokens[k].normal) || breaksAfter(tokens[k])) return null
  k++
  // ("was quoted by the Hadley news agency as saying": the agent before "as")
  if (tokenAt(tokens, k)?.normal === 'by') {
    const limit = Math.min(ceil, k + 8)
    while (k < limit && tokens[k].normal !== 'as' && !breaksAfter(tokens[k])) k++
  }
  if (tokenAt(tokens, k)?.normal !== 'as' || k + 1 >= ceil || breaksAfter(tokens[k]) || !SAYING.has(tokens[k + 1].normal)) return null
  return { from: j, to: k + 2 }
}

/** The form of "be" that opens "was quoted as saying" before the verb of saying at `cue`, or -1. */
export function quotedAsStart(tokens: Token[], cue: number, floor: number): number {
  // (asked at every cue: most are no participle of saying, and need no look back)
  if (!SAYING.has(tokenAt(tokens, cue)?.normal ?? '')) return -1
  for (let j = cue - 3; j >= floor && j >= cue - 14; j--) {
    if (!BE.has(tokens[j].normal)) continue
    const r = quotedAsSaying(tokens, j, cue + 1)
    return r && r.to === cue + 1 ? j : -1
  }
  return -1
}
