// Quoted words a crowd chanted or shouted, given after a noun for the chanting: a news reader counts them as a quote,
// spoken by whoever the noun's owner is.
//
//   But their chants of “Ruiz! Ruiz! Ruiz!” were cut short.          → "“Ruiz! Ruiz! Ruiz!”" (their)
//   The mayor walked in to chants of “Four more years!”             → "“Four more years!”" (nobody named)
//   There were calls of “Shame” and “Resign now” as he left.        → "“Shame” and “Resign now”"
//
// Not a label inside a noun's phrase ("a chorus of “yes” votes").
import { namesSomeone, tagged } from '../phrases'
import { tokenAt } from '../../nlp/parse'
import { opensSentence, sentenceOf, type QuoteCandidate, type QuoteContext } from './context'
import { clauseSubject } from './speaker-phrase'
import type { QuoteMarkSpan } from './marks'

/** Nouns for words a crowd calls out: "chants of “…”", "cries of “…”". */
const CHANT_NOUNS = new Set(['chant', 'chants', 'cry', 'cries', 'shout', 'shouts', 'call', 'calls', 'cheers', 'chorus', 'choruses', 'refrain', 'jeers'])

/** Owners that say who chanted: "their chants", "his supporters' cries". */
const OWNERS = new Set(['their', 'his', 'her', 'our', 'its'])

/** The quote that quoted words after "chants of" make, over a list of them joined by "and" or a comma; or null. */
export function chantQuote(ctx: QuoteContext, m: QuoteMarkSpan, i: number): QuoteCandidate | null {
  if (opensSentence(ctx, m) || m.continuesPrevious) return null
  const { tokens, text } = ctx
  const b = ctx.tokenBefore(m.start)
  if (b < 1 || tokens[b].normal !== 'of' || !CHANT_NOUNS.has(tokens[b - 1].normal)) return null
  if (/[,;:]/.test(text.slice(tokens[b].end, m.start))) return null
  // ("a chorus of “yes” votes": short words a word of the phrase follows are a label)
  const inner = text.slice(m.innerStart, m.innerEnd)
  const after = tokenAt(tokens, ctx.tokenBefore(m.end) + 1)
  if (after && after.sentence === tokens[b].sentence && /^\s+$/.test(text.slice(m.end, after.start)) && !/[.!?,]\s*$/.test(inner) &&
    inner.split(/\s+/).length < 4 && !tagged(after, 'Preposition') && !/^(and|or|as|from|were|was|rang|echoed)$/.test(after.normal)) return null
  let last = m
  for (let k = i + 1; k < ctx.marks.length && /^\s*,?\s*(and|or)?\s*$/.test(text.slice(last.end, ctx.marks[k].start)); k++) last = ctx.marks[k]
  const owner = tokenAt(tokens, b - 2)
  // ("The fans drowned him out with chants of “…”": what the subject does with the chants is theirs; "walked in to
  // chants of “…”" is someone else's)
  // (not in the passive: "The team was met with chants of “…”" heard them)
  const passive = /^(is|are|was|were|been|being|be|get|got)$/.test(tokenAt(tokens, b - 4)?.normal ?? '') && tagged(tokenAt(tokens, b - 3), 'Verb')
  const doer = owner?.normal === 'with' && !passive ? clauseSubject(tokens, sentenceOf(ctx, b).firstToken, b - 2) : null
  const speaker = owner && OWNERS.has(owner.normal) ? { kind: 'mention' as const, range: { from: b - 2, to: b - 1 } }
    : doer && namesSomeone(tokens, doer) ? { kind: 'mention' as const, range: doer } : { kind: 'none' as const }
  return {
    type: 'direct', start: m.start, end: last.end, cue: { from: b - 1, to: b }, speaker, showMention: speaker.kind === 'mention',
    found: 'chant', linked: speaker.kind !== 'mention' ? null : doer ? 'subject-with-chant' : 'owner-of-chant',
  }
}
