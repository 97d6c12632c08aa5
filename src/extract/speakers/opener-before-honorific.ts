// A sentence that opens on a when or where with no comma after it, then an honorific and a name: the name opens the
// subject, and the words before it are no role of the speaker. "On the third morning of hearings at the inquiry
// Mr Hale said he met him often" is Mr Hale, not someone "of hearings at the inquiry Mr Hale" (a description
// linked to Hale). Not "a spokeswoman for Mr Hale said" (no opener, and a preposition before the honorific), nor
// "At the hearing his lawyer Mr Reyes said" (a role before the honorific is the name's title).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'

/** Prepositions that open a sentence on a when or a where: "During …", "On …", "After …". */
const OPENERS = new Set(['during', 'on', 'at', 'after', 'before', 'in', 'following', 'throughout', 'amid', 'since', 'upon'])

/** Whether the honorific at `from - 1` opens the subject after an opener whose last word is a plain word (a noun, or one the tagger reads as an adjective: "the hearing Mr Hale"). */
export function openerBeforeHonorific(tokens: Token[], r: TokenRange, from: number): boolean {
  const noun = tokenAt(tokens, from - 2)
  if (from - 2 < r.from || !noun || noun.sentence !== tokens[from].sentence) return false
  if (isCapitalized(noun) || ['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Verb'].some((tag) => tagged(noun, tag)) || tagged(noun, 'Actor') || tagged(noun, 'Possessive') || /,/.test(noun.post)) return false
  const word = noun.normal.replace(/^(co|vice|ex|deputy)-/, '')
  if (PERSON_ROLES.has(word) || TITLE_WORDS.has(word)) return false
  let k = from - 2
  while (k > 0 && tokens[k - 1].sentence === noun.sentence) k--
  // (a comma before the honorific closes the opener, and the phrase starts after it anyway)
  if (tokens.slice(k, from - 1).some((t) => /,/.test(t.post))) return false
  return isCapitalized(tokens[k]) && OPENERS.has(tokens[k].normal)
}
