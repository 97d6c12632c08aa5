// compromise never ends a sentence after an abbreviation with stops inside it, so "… talks with the U.S. While
// Clinton has said she backs it, Lee said …" was one sentence, "While" read as a name ("While Clinton"). A
// capitalised word that only opens a clause or a sentence, after such an abbreviation, starts a new sentence
// and gets the tags it has there: "U.S. While", "U.K. But", "D.C. He" (not "U.S. Senate", "U.S. Clinton").
import type { Token } from './parse'

const CONJUNCTION = ['Conjunction'], PRONOUN = ['Noun', 'Pronoun'], POSSESSIVE = ['Noun', 'Possessive', 'Pronoun'], DETERMINER = ['Determiner']

/** Capitalised words that open a sentence and are never part of a name, with compromise's tags for them there. */
const OPENERS = new Map<string, string[]>([
  ['While', CONJUNCTION], ['Although', CONJUNCTION], ['Though', CONJUNCTION], ['Because', CONJUNCTION], ['If', CONJUNCTION],
  ['However', CONJUNCTION], ['But', CONJUNCTION], ['Yet', CONJUNCTION],
  ['He', PRONOUN], ['She', PRONOUN], ['They', PRONOUN], ['We', PRONOUN], ['It', PRONOUN],
  ['His', POSSESSIVE], ['Their', POSSESSIVE], ['This', DETERMINER], ['These', DETERMINER], ['Those', DETERMINER],
])

/** Whether the word after token `before` starts a sentence: "U.S." (stops inside and at its end) and an opener. */
export function sentenceAfterAbbreviation(before: Token | undefined, word: string): boolean {
  // (the word first: asked about every token of an article, and a look-up in OPENERS is cheaper than the pattern)
  return OPENERS.has(word) && !!before && before.post === '' && /^(\p{Lu}\.){2,}$/u.test(before.text)
}

/** The tags of such an opener at its sentence's start, in place of all it had, or undefined for other tokens. */
export function openerTags(tokens: Token[], i: number): { tags: string[]; drop: ReadonlySet<string> } | undefined {
  const t = tokens[i], before = i > 0 ? tokens[i - 1] : undefined
  if (!before || before.sentence === t.sentence || !sentenceAfterAbbreviation(before, t.text)) return undefined
  const tags = OPENERS.get(t.text) ?? []
  return { tags, drop: new Set([...t.tags].filter((tag) => !tags.includes(tag))) }
}
