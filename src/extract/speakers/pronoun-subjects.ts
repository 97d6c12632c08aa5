// A name in a sentence whose subject is the pronoun itself is not whom that pronoun means, nor the same pronoun
// right after: "For Tom Hadley, head of a film studio, the future is bright. He has worked on Silver Harbour and
// Jack Quillmore. “It is exciting,” he told reporters" is Hadley; Jack Quillmore is what "He" worked on. So in a clause
// before the main one: "When he quit the cabinet of Tom Hale, he said: …" is not Hale.
import { tokenIndexIn, type Token } from '../../nlp/parse'
import type { Entity, EntityRegistry } from './entities'
import { WINDOW } from './salience'
import { CLAUSE_OPENERS } from '../lexicon/clause-openers'


/**
 * The first word of token i's sentence, past a leading "And" or "But", and past a subordinator ("When he …"), which
 * `subordinate` then says.
 */
function opener(tokens: Token[], i: number): { token: Token; subordinate: boolean } | undefined {
  let k = i
  while (k > 0 && tokens[k - 1].sentence === tokens[i].sentence) k--
  if (/^(and|but|yet|so)$/.test(tokens[k].normal) && tokens[k + 1]?.sentence === tokens[i].sentence) k++
  // (only a word inside that clause, before its comma: not Okafor in "As he did last year, Okafor denied it", the main clause)
  const subordinate = CLAUSE_OPENERS.has(tokens[k].normal) && k + 1 < i && !tokens.slice(k, i).some((t) => /,/.test(t.post))
  if (subordinate) k++
  return k < i ? { token: tokens[k], subordinate } : undefined
}

/**
 * The entities whose latest mention before `start` is an object in a sentence opened by `word` as its subject
 * ("He has worked on … Jack Quillmore"): the "he" of that sentence is someone else, and so is a "he" right after.
 */
export function objectsOfPronounSubjects(registry: EntityRegistry, tokens: Token[], word: string, start: number, sentence: number): Set<Entity> {
  const seen = new Set<Entity>()
  const shadowed = new Map<Entity, number>()
  const subjectSentences = new Map<Entity, Set<number>>()
  for (const m of registry.mentionsBefore(start)) {
    if (sentence - m.sentence > WINDOW) break
    if (m.subject) subjectSentences.set(m.entity, (subjectSentences.get(m.entity) ?? new Set()).add(m.sentence))
    if (m.background || seen.has(m.entity)) continue
    seen.add(m.entity)
    if (m.subject) continue
    const at = tokenIndexIn(tokens, m.start)
    const first = opener(tokens, at)
    // ("When he left the party of Tom Hale in 1990, he said: …": the clause before the pronoun's own has "he" as its
    // subject too, so Hale is someone else even in the pronoun's sentence)
    if (first?.token.normal === word && (m.sentence !== sentence || first.subordinate)) shadowed.set(m.entity, m.sentence)
  }
  // ("He notes that the panel found an issue with Trump's microphone. He says …": the sentence's "He" was found to
  // be Trump, so Trump named in it again is no one else)
  return new Set([...shadowed].filter(([entity, at]) => !subjectSentences.get(entity)?.has(at)).map(([entity]) => entity))
}
