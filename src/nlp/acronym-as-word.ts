// An acronym spelled like a pronoun or question word: "WHO said the risk was high" (the World Health Organization)
// was tagged the question word "who", so the body was no speaker and the pronoun rules looked for whom "who" meant
// (a country named two sentences before). "IT staff said" is the same misreading of "it".
import type { Token } from './parse'
import { startsWithCapital, tokenAt } from './token-at'

/** The tags compromise gives the words such acronyms are spelled as. */
const WORD_TAGS = ['Pronoun', 'QuestionWord']

/** Whether a token has lower-case letters: a sentence of them is running text, not a shouted headline. */
const lowerCase = (t: Token | undefined) => !!t && /\p{Ll}/u.test(t.text)

/** A word in capitals beside it that is no name makes a shouted phrase ("the man WHO SAID IT"); "WHO, UNICEF and …" is a list. */
const shouted = (t: Token | undefined) => !!t && /^\p{Lu}{2,}$/u.test(t.text) && !t.tags.has('ProperNoun')

/**
 * Whether token i is such an acronym: two or more capitals, read as a pronoun or question word, lower-case words of
 * the same sentence near it and no common word in capitals beside it: "WHO said", "the WHO report", "IT staff said",
 * "WHO, UNICEF and the Red Cross said"; not "I", "He", "WHO SAID IT?" or "the man WHO SAID IT".
 */
export function acronymReadAsWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  // (asked about every token: most open with no capital, and the code of their first character says so)
  if (!startsWithCapital(t.text) || !/^\p{Lu}{2,}$/u.test(t.text) || !WORD_TAGS.some((tag) => t.tags.has(tag))) return false
  const near = [-3, -2, -1, 1, 2, 3].map((d) => tokenAt(tokens, i + d)).filter((x) => x?.sentence === t.sentence)
  const beside = [tokenAt(tokens, i - 1), tokenAt(tokens, i + 1)].filter((x) => x?.sentence === t.sentence)
  return near.some(lowerCase) && !beside.some(shouted)
}
