// A one-word name first known as a speaker is named again later, where the tagger may read it as another word:
// "Parry said … Parry is finalising funding for the stadium. And he confessed … He said: …" is Parry, whom the
// tagger reads as the verb "parry" outside the speaker phrase; without these mentions "He" would be someone else.
import type { Token } from '../../nlp/parse'
import { isCapitalized, tagged } from '../phrases'
import { nameKey, type Entity, type EntityRegistry } from './entities'

const done = new WeakSet<Entity>()

/** Register every later capitalised occurrence of a one-word person's name as a mention of that person. */
export function noteLaterMentions(registry: EntityRegistry, tokens: Token[], entity: Entity, from: number,
  isSubject: (from: number, to: number) => boolean, background: (offset: number) => boolean): void {
  if (done.has(entity) || entity.kind !== 'person' || entity.words.length !== 1) return
  done.add(entity)
  const key = entity.words[0]
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (!isCapitalized(t) || nameKey(t.text) !== key || background(t.start)) continue
    if (['Modal', 'Auxiliary', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction'].some((tag) => tagged(t, tag))) continue
    registry.mention(entity, { start: t.start, sentence: t.sentence, background: false, subject: isSubject(i, i + 1) }, null)
  }
}
