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

/** The tags compromise gives an acronym spelled like a month or a unit of time: "DEC" (December), "SEC" (seconds). */
const DATE_WORD_TAGS = ['Month', 'Duration']

/** Whether a token is a number: "DEC 25", "10 SEC" are a date and a time, whatever their capitals. */
const numeric = (t: Token | undefined) => !!t && (/\d/.test(t.text) || t.tags.has('Value'))

/**
 * Whether token i is an acronym compromise read as a month or a unit of time: two to six capitals tagged so, lower-case
 * words of the same sentence near it, no number beside it and no common word in capitals: "The SEC fined the bank",
 * "DEC has no link to the site" (the Disasters Emergency Committee). Not "DEC 25", "10 SEC", "Dec" or "OPEN DEC 26".
 */
export function acronymReadAsDate(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!startsWithCapital(t.text) || !/^\p{Lu}{2,6}$/u.test(t.text) || !DATE_WORD_TAGS.some((tag) => t.tags.has(tag)) || t.tags.has('Time')) return false
  const same = (d: number) => { const x = tokenAt(tokens, i + d); return x?.sentence === t.sentence ? x : undefined }
  if ([-2, -1, 1].some((d) => numeric(same(d)))) return false
  const near = [-3, -2, -1, 1, 2, 3].map(same).filter((x) => !!x)
  return near.some(lowerCase) && ![same(-1), same(1)].some(shouted)
}
