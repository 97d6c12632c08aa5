// A verb of saying whose words are an answer or a word that stands for what was said before:
//
//   Asked whether the bridge was safe, 46 percent of residents said yes.   → "yes"
//   Six in 10 backed the plan; last year half said so.                     → "so"
//   Most voters trust Ms Lee, and a third said the same of Mr Hale.        → "the same of Mr Hale"
//   Top aides acknowledged as much.                                        → "as much"
//
// Not "said so many times" or "said no one was hurt" (words of their own follow), nor "said yes, but …" read past the
// comma: the answer ends its clause.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma } from '../lexicon/cue-verbs'
import { breaksAfter, phraseStartingAt, tagged, type TokenRange } from '../phrases'

/** Verbs whose words may be an answer alone. */
const ANSWERING = new Set(['say', 'answer', 'reply', 'respond'])
/** Verbs of granting a point, whose words may be "as much". */
const GRANTING = new Set(['acknowledge', 'admit', 'concede', 'say'])
/** Words that may stand between the verb and the answer: "said simply yes". */
const BEFORE_ANSWER = new Set(['simply', 'just', 'only', 'flatly', 'firmly', 'immediately', 'quickly'])
/** Words that may follow an answer in its clause and hand on to the writer: "said yes, compared with …". */
const ENDS_AFTER = new Set(['and', 'but', 'while', 'whereas', 'compared', 'as', 'when', 'after', 'before', 'in', 'on', 'at', 'last', 'this', 'during'])

/** Whether the clause ends after token k: a stop or comma after it, the sentence's end, or a word that hands on. */
function endsAt(tokens: Token[], k: number, end: number): boolean {
  if (k + 1 >= end || breaksAfter(tokens[k])) return true
  const next = tokens[k + 1]
  return ENDS_AFTER.has(next.normal) || tagged(next, 'Date')
}

/**
 * The words a verb of saying reports when they are an answer ("yes", "no"), "so", "the same"
 * or "the opposite" (with what it is said of: "the same of Mr Hale"), or "as much"; null otherwise.
 */
export function answerReport(tokens: Token[], cue: TokenRange, end: number): TokenRange | null {
  const lemma = cueLemma(tokens[cue.from].normal) ?? ''
  if (!ANSWERING.has(lemma) && !GRANTING.has(lemma)) return null
  if (breaksAfter(tokens[cue.to - 1])) return null
  let k = cue.to
  while (k < end && BEFORE_ANSWER.has(tokens[k].normal) && !breaksAfter(tokens[k])) k++
  if (k >= end) return null
  const t = tokens[k], next = tokenAt(tokens, k + 1)
  // "acknowledged as much", "said as much"
  if (GRANTING.has(lemma) && t.normal === 'as' && next?.normal === 'much' && k + 1 < end && !breaksAfter(t) && endsAt(tokens, k + 1, end)) return { from: k, to: k + 2 }
  if (!ANSWERING.has(lemma)) return null
  // "said yes", "said no" (not "said no one was hurt", "said no such deal existed": a clause; nor "said no to the
  // plan", a refusal, not words)
  if (t.normal === 'yes' || t.normal === 'no') {
    return endsAt(tokens, k, end) && !(t.normal === 'no' && next && !breaksAfter(t) && (tagged(next, 'Noun') || tagged(next, 'Adjective'))) ? { from: k, to: k + 1 } : null
  }
  // "half said so" (not "said so many times", "said so-and-so")
  if (t.normal === 'so') return endsAt(tokens, k, end) && !/^-$/.test(t.post) ? { from: k, to: k + 1 } : null
  // "said the same", "said the same thing", "said the opposite", "said the same of Mr Hale"
  if (t.normal === 'the' && next && /^(same|opposite)$/.test(next.normal) && !breaksAfter(t) && k + 1 < end) {
    let last = k + 1
    if (!breaksAfter(tokens[last]) && /^(thing|things)$/.test(tokenAt(tokens, last + 1)?.normal ?? '') && last + 1 < end) last++
    if (endsAt(tokens, last, end) && !/^(of|for|about|to)$/.test(tokenAt(tokens, last + 1)?.normal ?? '')) return { from: k, to: last + 1 }
    const prep = tokenAt(tokens, last + 1)
    if (prep && /^(of|for|about|to)$/.test(prep.normal) && !breaksAfter(tokens[last])) return phraseAfter(tokens, k, last + 2, end)
  }
  return null
}

/** The words from `from` over the phrase at `at`, when the phrase ends the clause: "the same of Mr Hale". */
function phraseAfter(tokens: Token[], from: number, at: number, end: number): TokenRange | null {
  if (at >= end) return null
  const np = phraseStartingAt(tokens, at, end)
  if (!np || !endsAt(tokens, np.to - 1, end)) return null
  return { from, to: np.to }
}
