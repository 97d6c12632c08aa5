// "The London-based firm said …", "a spokeswoman for the North Carolina-based bank": compromise splits the compound
// at its hyphen and reads "based" as a verb in the past and "firm" as an adjective, so the phrase had no head and
// "the firm" was named "firm". "based" after a hyphen describes the noun that follows it.
import type { Token } from './parse'
import { hasTag as has, tokenAt } from './token-at'

/** Whether token i is "based" joined by a hyphen to the word before it: "London-based", "Carolina-based". */
export function basedAfterHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  return t.normal === 'based' && !!before && before.sentence === t.sentence && before.post === '-' && t.pre === ''
}

/**
 * Whether token i, read as an adjective, is the noun a "…-based" compound describes: the phrase's last word, a verb,
 * a stop or a name after it ("the London-based firm said", "the Paris-based bank, which …", "London-based firm
 * Quillmore"). Not "a London-based firm offer" nor "the London-based green group" (a noun follows).
 */
export function headAfterBased(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!before || before.sentence !== t.sentence || !basedAfterHyphen(tokens, i - 1) || !has(t, 'Adjective') || has(t, 'Noun')) return false
  if (!next || next.sentence !== t.sentence || /[,;:.!?)]/.test(t.post)) return true
  return (has(next, 'Verb') && !has(next, 'Noun')) || /^\p{Lu}/u.test(next.text)
}
