// Asides set off by commas between a verb of saying and what it reports:
//
//   Ms Lee described, in blunt terms, a set of rules that left the town exposed.   → "a set of rules …"
//   Ms Ruiz said on the radio, where she is now a paid guest, that the mayor should resign.
//
// A phrase of manner, time or place (a preposition and no verb) before an object, and a relative aside of place or
// time (which has a verb of its own) before "that". Not "described, she said, the worst night" (a verb in the aside
// that is no relative's), nor "said on Monday, when the vote was held" with no "that" after the aside.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, hasVerb, phraseStartingAt, PREPOSITIONS, tagged } from '../phrases'

/** The token after a phrase set off by commas that starts at `from` with a preposition and has no verb, or -1. */
export function afterPhraseAside(tokens: Token[], from: number, end: number): number {
  if (!/^,$/.test(tokenAt(tokens, from - 1)?.post ?? '')) return -1
  const t = tokenAt(tokens, from)
  if (!t || from >= end || !(tagged(t, 'Preposition') || PREPOSITIONS.has(t.normal))) return -1
  for (let k = from; k < end - 1 && k < from + 8; k++) {
    // ("in fairly blistering terms": a word in -ing before the noun it describes is no verb)
    const modifier = tagged(tokens[k], 'Participle') || tagged(tokens[k], 'Adjective') || (/ing$/.test(tokens[k].normal) && !breaksAfter(tokens[k]) && tagged(tokenAt(tokens, k + 1), 'Noun'))
    if (hasVerb(tokens, k, k + 1) && !modifier) return -1
    if (breaksAfter(tokens[k])) return /^,$/.test(tokens[k].post) ? k + 1 : -1
  }
  return -1
}

/** The "that" after a relative aside of place or time set off by commas: "…, where she is now a guest, | that", or null. */
export function thatAfterRelativeAside(tokens: Token[], from: number, end: number): number | null {
  if (!/^(where|when)$/.test(tokenAt(tokens, from)?.normal ?? '')) return null
  for (let k = from; k < end - 1 && k < from + 20; k++) {
    if (breaksAfter(tokens[k])) return /^,$/.test(tokens[k].post) && tokens[k + 1].normal === 'that' ? k + 1 : null
  }
  return null
}

/** Participles that say how a statement came out: "in a statement released by her office", "a letter sent Friday". */
const PUT_OUT = new Set(['released', 'issued', 'sent', 'posted', 'published', 'delivered', 'distributed', 'circulated', 'emailed', 'read', 'signed', 'written', 'given', 'obtained', 'provided'])

/**
 * The token after a participle that describes the phrase before it and its agent or time: "said in a statement |
 * released by her office | that …", "said in a letter | sent Friday | the plan …"; `k` itself when none stands there.
 */
export function afterPutOut(tokens: Token[], k: number, end: number): number {
  const t = tokenAt(tokens, k)
  if (!t || k >= end || !PUT_OUT.has(t.normal) || !tagged(tokenAt(tokens, k - 1), 'Noun') || breaksAfter(tokens[k - 1]) || breaksAfter(t)) return k
  let j = k + 1
  for (let hops = 0; hops < 3 && j < end; hops++) {
    if (tagged(tokens[j], 'Date')) { while (j < end && tagged(tokens[j], 'Date') && !breaksAfter(tokens[j - 1])) j++; continue }
    if (!/^(by|on|to|from|at)$/.test(tokens[j].normal)) break
    const np = phraseStartingAt(tokens, j + 1, end)
    if (!np) break
    j = np.to
  }
  return j > k + 1 ? j : k
}
