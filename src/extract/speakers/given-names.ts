// One-word names that the article uses as a first name: "Fourteen-year-old Zoe said …", "Robert added …". The
// name step (addNameGender in name-gender.ts) takes the usual gender of such a name, as it does of the first name in
// "Zoe Hart". A word the article or the tagger's lexicon also gives as a surname is left alone: in "Jill A. Martin
// … Martin said" the speaker is Ms Martin, in "Carter said" anyone called Carter.
import type { Speaker } from '../../model'
import type { Token } from '../../nlp/parse'
import { isFirstNameWord } from '../../nlp/compromise'
import { capitalised } from '../../nlp/token-at'
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
 * People named by a first name alone and in full elsewhere in the article, each to the full name: "his wife, Jane,
 * … Jane Sanders said" → Jane Sanders. Only where one full name begins with that first name ("Jane Sanders" and
 * "Jane Ortiz" leave "Jane" alone), the word is no one's surname here, and the two titles do not differ ("his son
 * Nick, a trainee vicar" is not "politics student Nick Vaughan"). The resolver keeps them apart while it links
 * names and pronouns, as a reader would before the full name comes ("Sanders" then is whoever had the name
 * before); only who said what is joined.
 */
export function sameAsFullName(entities: readonly Entity[]): Map<Entity, Entity> {
  const people = entities.filter((e) => e.kind === 'person')
  const full = people.filter((e) => e.words.length > 1)
  const joined = new Map<Entity, Entity>()
  for (const e of people) {
    const key = e.words[0]
    if (e.words.length !== 1 || e.honorific || !isFirstNameWord(key) || full.some((f) => f.words[f.words.length - 1] === key)) continue
    const named = full.filter((f) => f.words[0] === key)
    if (named.length === 1 && !otherTitles(e.title, named[0].title)) joined.set(e, named[0])
  }
  return joined
}

/** Two titles that share no word: "trainee vicar" and "politics student". */
function otherTitles(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const words = (t: string) => t.toLowerCase().split(/\s+/)
  return !words(a).some((w) => words(b).includes(w))
}

/**
 * "Mr Martin", "Jill A. Martin", "Tom Martin": a word after an honorific, an initial or a first name; and "the
 * Star of David": a word that ends a longer name.
 */
function writtenAsSurname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i], before = tokens[i - 1]
  if (before.sentence !== t.sentence || !capitalised(t)) return false
  const initial = /^\p{Lu}$/u.test(before.text) && (before.post.startsWith('.') || !/^[AI]$/.test(before.text))
  const ofName = before.normal === 'of' && i > 1 && capitalised(tokens[i - 2]) && tokens[i - 2].sentence === t.sentence
  return HONORIFICS.has(before.normal) || tagged(before, 'Honorific') || initial || ofName ||
    (capitalised(before) && isFirstNameWord(nameKey(before.text)))
}
