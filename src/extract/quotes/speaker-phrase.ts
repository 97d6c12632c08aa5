// Who a reporting verb belongs to: its subject before it, or the speaker after it in inverted order.
//
//   "Yuri Ushakov, Mr Putin’s foreign policy adviser, said …"    subject before, over an appositive
//   "a European official who was part of the delegation said …"  subject before, over a relative clause
//   "…,” says Cambridge cartoonist Andre Campbell, whose …"      speaker after (inverted)
import type { Token } from '../../nlp/parse'
import { cueLemma, WEAK_CUES } from '../lexicon/cue-verbs'
import { PERSON_ROLES } from '../lexicon/roles'
import { breaksAfter, canSpeak, isNounish, phraseEndingAt, phraseStartingAt, tagged, type TokenRange } from '../phrases'

const SKIPPABLE = new Set(['also', 'has', 'have', 'had', 'did', 'does', 'do', 'would', 'will', 'not', 'later', 'then', 'previously',
  'earlier', 'repeatedly', 'once', 'further', 'recently', 'reportedly', 'publicly', 'privately', 'again', 'simply', 'just',
  'often', 'always', 'never', 'since', 'long', 'first', 'separately', 'however', 'too', 'initially', 'subsequently', 'quickly', 'flatly'])
const RELATIVE = new Set(['who', 'which', 'whose'])

/** A reporting verb at token i: "said", "told"; "according to" counts as one cue of two tokens. */
export function cueAt(tokens: Token[], i: number): TokenRange | null {
  const t = tokens[i]
  if (!t) return null
  if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return { from: i, to: i + 2 }
  // "points out" is a reporting verb in two words
  if (/^point(s|ed|ing)?$/.test(t.normal) && tokens[i + 1]?.normal === 'out') return { from: i, to: i + 2 }
  if (!cueLemma(t.normal)) return null
  // "the says …" never; "a statement" is no verb; keep words compromise saw as verbs, or that it could not place
  if (tagged(t, 'Determiner') || tagged(t, 'Preposition')) return null
  if (!tagged(t, 'Verb') && tagged(t, 'Noun') && !/(ed|s)$/.test(t.normal)) return null
  return { from: i, to: i + 1 }
}

export function isWeakCue(tokens: Token[], cue: TokenRange): boolean {
  const lemma = cueLemma(tokens[cue.from].normal)
  return lemma !== undefined && WEAK_CUES.has(lemma)
}

/** First token of an appositive: "Mr Putin’s foreign policy adviser", "a spokesman for …", "who attended …". */
function opensAppositive(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i]
  if (RELATIVE.has(t.normal)) return true
  if (tagged(t, 'Determiner') || tagged(t, 'Possessive') || tagged(t, 'Value')) return true
  for (let k = i; k < to && k < i + 6; k++) {
    if (PERSON_ROLES.has(tokens[k].normal)) return true
    if (tagged(tokens[k], 'Possessive')) return true
  }
  return false
}

/** Step back over "also", "has", ", however," between a subject and its verb. */
function skipBack(tokens: Token[], j: number, floor: number): number {
  while (j >= floor) {
    const t = tokens[j]
    if (SKIPPABLE.has(t.normal) || (tagged(t, 'Adverb') && !tagged(t, 'Noun') && !breaksAfter(t))) { j--; continue }
    if (t.normal === 'however' || t.normal === 'though') { j--; continue }
    break
  }
  return j
}

/** The subject of the reporting verb at `cue`, searching no further back than `floor`. */
export function subjectBefore(tokens: Token[], cue: number, floor: number): TokenRange | null {
  let j = skipBack(tokens, cue - 1, floor)
  if (j < floor) return null
  // "… however," stands between commas: "Scheer, however, said"
  if (breaksAfter(tokens[j]) && /,/.test(tokens[j].post)) {
    let relative = -1, appositive = -1
    for (let c = j - 1; c >= floor && c >= j - 40; c--) {
      if (!/,/.test(tokens[c].post)) continue
      if (RELATIVE.has(tokens[c + 1].normal)) { relative = c; break }
      if (appositive < 0 && opensAppositive(tokens, c + 1, j + 1)) appositive = c
    }
    const c = relative >= 0 ? relative : appositive
    if (c >= 0) {
      const np = phraseEndingAt(tokens, c + 1, floor)
      if (np && canSpeak(tokens, np)) return np
    }
    return null
  }
  // "a European official who was part of the delegation to Washington said"
  for (let w = j; w >= floor && w > j - 15; w--) {
    if (breaksAfter(tokens[w]) && w !== j) break
    if (tokens[w].normal === 'who' && w > floor) {
      const np = phraseEndingAt(tokens, w, floor)
      if (np && canSpeak(tokens, np)) return np
      break
    }
  }
  const np = phraseEndingAt(tokens, j + 1, floor)
  return np && canSpeak(tokens, np) ? np : null
}

/** The speaker after an inverted reporting verb: "…,” said Mr Zelenskiy." */
export function speakerAfter(tokens: Token[], from: number, ceil: number): TokenRange | null {
  const np = phraseStartingAt(tokens, from, ceil)
  if (!np || !canSpeak(tokens, np)) return null
  // "said the US would …": a phrase followed by a verb is the start of a clause, not a speaker
  const next = tokens[np.to]
  if (next && np.to < ceil && !breaksAfter(tokens[np.to - 1]) && tagged(next, 'Verb') && !isNounish(next)) return null
  return np
}
