// Whom the sentence right before a pronoun is about, though it names them as an object: "Those claims were put to
// Tom Hale after the match. Later he said only: …" is Hale, even when the one quoted last was named as a subject
// two sentences back. A sentence that names one person, and whose subject is a thing, is about that person.
import { tokenIndexIn, type Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/token-at'
import { PERSON_ROLES } from '../lexicon/roles'
import { tagged, writtenPossessive } from '../phrases'
import type { Entity, EntityMention, EntityRegistry } from './entities'
import { CLAUSE_OPENERS } from '../lexicon/clause-openers'
import { isDocument } from './documents'
import { nameEnd } from './names'

/** Nouns of words someone said, which make their owner whom the sentence is about: "Tom Hale's remarks". */
const SPOKEN = new Set(['remarks', 'comments', 'comment', 'speech', 'testimony', 'words', 'interview', 'claim', 'claims', 'answer', 'reply', 'response', 'account', 'views', 'message'])

/** Whether the possessive at `owner` owns a writing or words, within the next three words: "Hale's long statement". */
function ownsWords(tokens: Token[], owner: number): boolean {
  for (let k = owner + 1; k <= owner + 3 && tokens[k]?.sentence === tokens[owner].sentence; k++) {
    if (isDocument(tokens[k].normal) || SPOKEN.has(tokens[k].normal)) return true
  }
  return false
}

/**
 * Personal pronouns: a sentence with one speaks of someone the registry may not hold ("In May he hired Tom Hale",
 * "The vote forced Hale to drop his plan": "his" may be Hale's or another's).
 */
const PERSONAL = /^(he|she|they|i|we|you|him|her|his|hers|them|their|me|my|us|our)$/
/** How many words before a name a role may stand as its title ("Harbour Police Chief Ann Okafor"), not as a subject. */
const TITLE_SPAN = 3

/**
 * The mention to count as a subject for a pronoun at `start` in `sentence`: the one person that fits, named in
 * the sentence before only as objects, in a sentence with no personal pronoun, no role of one person before it and
 * nobody else who fits; else null. Not "Ann Lee ran the club. The board hired Tom Hale and Omar Haddad. …" (two
 * people), nor "… In May he hired Tom Hale." (a "he" is that sentence's subject), nor "The senator mocked Tom
 * Hale." (a person described), nor an opponent ("… lost against Tom Hale"), nor a word the tagger reads as a
 * place ("visited Carolina and Florence"), nor a pronoun whose own sentence named someone before it.
 */
export function loneObjectBefore(registry: EntityRegistry, tokens: Token[], start: number, sentence: number,
  fits: (e: Entity) => boolean): EntityMention | null {
  let found: EntityMention | null = null
  for (const m of registry.mentionsBefore(start)) {
    if (m.sentence < sentence - 1) break
    if (m.background) continue
    if (m.sentence === sentence) {
      if (fits(m.entity)) return null
      continue
    }
    if (!fits(m.entity)) continue
    if (m.subject || (found && found.entity !== m.entity)) return null
    found = m
  }
  if (!found || found.entity.placeTagged) return null
  const at = tokenIndexIn(tokens, found.start)
  // ("… a win sealed by Tom Hale's late header. He added: …": an owner of a thing is no one the sentence is about;
  // the owner of words is: "… listening to Tom Hale's statement on Tuesday. He called it …")
  const end = nameEnd(tokens, at)
  if (writtenPossessive(tokens[end]) && !ownsWords(tokens, end)) return null
  // ("The champion needed five sets to get past Tom Hale": an opponent, the story being about the subject)
  const before = tokenAt(tokens, at - 1)
  if (before && before.sentence === found.sentence && /^(against|versus|vs)$/.test(before.normal)) return null
  let k = at
  while (k > 0 && tokens[k - 1].sentence === found.sentence) k--
  // ("When Mayor Ann Okafor arrived, the hall was full": the subject of a clause set before the main one)
  if (CLAUSE_OPENERS.has(tokens[k].normal) && !tokens.slice(k, at).some((t) => /,/.test(t.post))) return null
  for (; k < tokens.length && tokens[k].sentence === found.sentence; k++) {
    const t = tokens[k]
    if (PERSONAL.test(t.normal)) return null
    // ("The senator on Tuesday dismissed the plan of Tom Hale": a person described is the subject)
    if (k < at - TITLE_SPAN && PERSON_ROLES.has(t.normal) && !tagged(t, 'Plural')) return null
  }
  return found
}
