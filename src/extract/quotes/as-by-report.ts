// A clause of "as" in the passive, with who made the rest of the sentence known after "by":
//
//   As reported by the Gazette, the bridge will close in May.            → "the bridge will close in May" (the Gazette)
//   The bridge will close in May, as first reported by Reuters on Tuesday. → "The bridge will close in May" (Reuters)
//
// The active layout ("As the Gazette reported, …") is asClauseReport's (clause-shapes.ts). Not "as reported in the
// minutes" (no one named), nor "as expected by analysts" (no verb of making known), nor "rose as reported by the
// agency's own figures" with no comma before "as" (a manner of the verb, not the writer's aside).
// (Not "as predicted by critics": a forecast borne out is the writer's account, not words reported.)
import type { Sentence, Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma } from '../lexicon/cue-verbs'
import { breaksAfter, canSpeak, hasVerb, namesSomeone, phraseStartingAt, tagged, type TokenRange } from '../phrases'

/** Verbs of making known whose passive clause of "as" names the source: "as reported by", "as noted by". */
const AS_BY_VERBS = new Set(['report', 'note', 'reveal', 'announce', 'confirm', 'state'])
/** Adverbs before the participle: "as first reported by", "as previously noted by". */
const BEFORE_PARTICIPLE = new Set(['first', 'previously', 'earlier', 'originally', 'initially', 'also', 'widely', 'exclusively'])

export interface AsByReport {
  /** What was made known: the rest of the sentence. */
  what: TokenRange
  /** Who made it known: the phrase after "by". */
  by: TokenRange
}

/** The report at participle i when it heads "as … reported by X" set off from the rest of the sentence s, or null. */
export function asByReport(tokens: Token[], i: number, s: Sentence): AsByReport | null {
  const t = tokens[i]
  if (!/ed$/.test(t.normal) || !AS_BY_VERBS.has(cueLemma(t.normal) ?? '') || breaksAfter(t) || tokenAt(tokens, i + 1)?.normal !== 'by') return null
  let as = i - 1
  while (as > s.firstToken && BEFORE_PARTICIPLE.has(tokens[as].normal) && !breaksAfter(tokens[as])) as--
  if (as < s.firstToken || tokens[as].normal !== 'as' || breaksAfter(tokens[as])) return null
  const by = phraseStartingAt(tokens, i + 2, s.endToken)
  if (!by || !canSpeak(tokens, by) || !namesSomeone(tokens, by)) return null
  // the clause of "as" runs over phrases of time or place to its comma or the sentence's end: "… by Reuters on Tuesday,"
  let close = by.to - 1
  while (close < s.endToken - 1 && close < by.to + 8 && !breaksAfter(tokens[close])) {
    if (close >= by.to && hasVerb(tokens, close, close + 1) && !tagged(tokens[close], 'Date')) return null
    close++
  }
  const atEnd = close === s.endToken - 1
  if (!atEnd && !/^,$/.test(tokens[close].post)) return null
  // ("And as reported by …", "However, as reported by …": a joining word or an adverb set off before it still opens)
  const prev = tokenAt(tokens, as - 1)
  const opens = as === s.firstToken || (as === s.firstToken + 1 && !!prev && (/^(and|but|yet|so)$/.test(prev.normal) ||
    (/^,$/.test(prev.post) && (tagged(prev, 'Adverb') || tagged(prev, 'Conjunction')) && !tagged(prev, 'Verb'))))
  if (opens) return !atEnd ? { what: { from: close + 1, to: s.endToken }, by } : null
  // "…, as first reported by Reuters.": the words before, set off by a comma
  return as - 1 > s.firstToken && /^,$/.test(tokenAt(tokens, as - 1)?.post ?? '') && (atEnd || /^,$/.test(tokens[close].post)) ? { what: { from: s.firstToken, to: as }, by } : null
}
