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

/** Whether a token is written with a capital first letter: "Marion", "Ohio" (not "said"). */
export const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text)
