// One-word names that the article uses as a first name: "Fourteen-year-old Zoe said …", "Robert added …". The
// name step (addNameGender in gender.ts) takes the usual gender of such a name, as it does of the first name in
// "Zoe Hart". A word the article or the tagger's lexicon also gives as a surname is left alone: in "Jill A. Martin
// … Martin said" the speaker is Ms Martin, in "Carter said" anyone called Carter.
import type { Speaker } from '../../model'
import type { Token } from '../../nlp/parse'
import { isFirstNameWord } from '../../nlp/compromise'
import { HONORIFICS } from '../lexicon/roles'
import { tagged } from '../phrases'
import { nameKey, type Entity } from './entities'

/** The one-word names of people among the speakers that are first names here ("Zoe", "Robert"). */
export function givenNames(speakerOf: ReadonlyMap<Entity, Speaker>, entities: readonly Entity[], tokens: readonly Token[]): string[] {
  const surnames = new Set(entities.filter((e) => e.kind === 'person' && e.words.length > 1).map((e) => e.words[e.words.length - 1]))
  tokens.forEach((t, i) => { if (i > 0 && writtenAsSurname(tokens, i)) surnames.add(nameKey(t.text)) })
  const names: string[] = []
  for (const [entity, speaker] of speakerOf) {
    if (entity.kind !== 'person' || entity.honorific || !/^\p{Lu}\p{Ll}+$/u.test(speaker.name)) continue
    const key = nameKey(speaker.name)
    if (isFirstNameWord(key) && !surnames.has(key)) names.push(speaker.name)
  }
  return names
}

/**
 * "Mr Martin", "Jill A. Martin", "Tom Martin": a word after an honorific, an initial or a first name; and "the
 * Star of David": a word that ends a longer name.
 */
function writtenAsSurname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], before = tokens[i - 1]
  if (before.sentence !== t.sentence || !/^\p{Lu}/u.test(t.text)) return false
  const initial = /^\p{Lu}$/u.test(before.text) && (before.post.startsWith('.') || !/^[AI]$/.test(before.text))
  const ofName = before.normal === 'of' && i > 1 && /^\p{Lu}/u.test(tokens[i - 2].text) && tokens[i - 2].sentence === t.sentence
  return HONORIFICS.has(before.normal) || tagged(before, 'Honorific') || initial || ofName ||
    (/^\p{Lu}/u.test(before.text) && isFirstNameWord(nameKey(before.text)))
}
