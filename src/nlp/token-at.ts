import type { Token } from './parse'

/**
 * The token at a computed index, or undefined ("no token") past either end: the one way extractors read a
 * neighbour (tokens[i - 1], tokens[np.to]). In "said: “said: “…" repeated, the word after the last "said" is
 * past the end of the array, and a look-up that assumed a word there was a crash.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined
}

/** Whether a token (perhaps none, past either end) carries a tag. */
export const hasTag = (t: Token | undefined, tag: string): boolean => t !== undefined && t.tags.has(tag)

/**
 * Whether a word starts with a capital letter: "Marion", "Ohio", "Ödön" (not "said", "“We"). Asked about the
 * same words again and again by the quote and speaker rules: a word opening with an ASCII character is settled by
 * its code (the pattern's \p{Lu} there is A-Z alone), at a third of the pattern's cost; any other is left to it.
 */
export function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0)
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITAL_FIRST.test(word)
}
const CAPITAL_FIRST = /^\p{Lu}/u

/** Whether a token is written with a capital first letter: "Marion", "Ohio" (not "said"). */
export const capitalised = (t: Token): boolean => startsWithCapital(t.text)
