// A writing whose author is named right after the words that name it: "according to a Twitter post by Amy Cook,
// …" is Amy Cook's, "according to the report by Tasnim News Agency, …" the agency's. The speaker phrase a rule
// hands over may stop at the writing ("a Twitter post"), leaving the "by" phrase outside it; without this, the
// platform before the writing ("Twitter") or the writing itself ("the report") was taken for the speaker.
// (not "a poll by phone", "the report by Friday": what follows "by" must name someone)
import { tokenAt } from '../../nlp/parse'
import { namesSomeone, phraseStartingAt, type TokenRange } from '../phrases'
import type { Token } from '../../nlp/parse'

/** The phrase naming a writing's author right after the phrase r ends: "by Amy Cook" after "a Twitter post". */
export function authorAfter(tokens: Token[], r: TokenRange): TokenRange | null {
  const by = tokenAt(tokens, r.to)
  const last = tokens[r.to - 1]
  if (!by || by.normal !== 'by' || by.sentence !== last.sentence || /[,;:]/.test(last.post)) return null
  const end = tokens.findIndex((t, i) => i > r.to && t.sentence !== by.sentence)
  const author = phraseStartingAt(tokens, r.to + 1, end < 0 ? tokens.length : end)
  return author && namesSomeone(tokens, author) ? author : null
}
