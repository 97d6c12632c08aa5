// A report inside a contact clause: "The union opposes a shift Ms Hale said could cost jobs". The verb's clause
// has no subject of its own ("could cost jobs"): the noun before the name ("a shift") is that clause's subject,
// and the name alone says it. Read as one phrase, "a shift Ms Hale" would be the speaker and the report lost.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma, FRAME_ONLY, LISTENER_VERBS, THAT_REQUIRED } from '../lexicon/cue-verbs'
import { PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { breaksAfter, isCapitalized, singular, tagged, type TokenRange } from '../phrases'

/** Words that open a clause whose subject is missing: "could cost", "was needed", "has left", "is". */
function subjectlessClauseAt(tokens: Token[], i: number): boolean {
  const t = tokenAt(tokens, i)
  return !!t && (tagged(t, 'Modal') || tagged(t, 'Copula') || (tagged(t, 'Auxiliary') && !tagged(t, 'Noun')) || /^(has|have|had|is|are|was|were)$/.test(t.normal))
}

/** A name's first word: an honorific ("Ms"), or a capitalised word the tagger knows for a person. */
const opensName = (t: Token) => tagged(t, 'Honorific') || (tagged(t, 'Person') && isCapitalized(t))

/**
 * The subject of the reporting verb at `cue` when `np` is a thing's noun run into a name ("a shift Ms Hale"): the
 * name alone; else `np` as it is. Only before a clause that lacks its subject, after a verb that takes one: in "the party chair Tom Hale said
 * that …" the whole phrase speaks, and a role before a name ("spokeswoman Ann Lee") is her description.
 */
export function nameAfterThing(tokens: Token[], np: TokenRange, cue: number): TokenRange {
  const verb = tokens[cue]
  if (breaksAfter(verb) || !subjectlessClauseAt(tokens, cue + 1)) return np
  // only a verb that takes a bare clause: in "the photo Ms Hale posted didn't show a grab" the photo is the verb's
  // object, and "told", "urged" take their listener first
  const lemma = cueLemma(verb.normal) ?? ''
  if (THAT_REQUIRED.has(lemma) || FRAME_ONLY.has(lemma) || LISTENER_VERBS.has(lemma)) return np
  for (let k = np.from + 1; k < np.to; k++) {
    if (!opensName(tokens[k])) continue
    const thing = tokens[k - 1]
    const word = thing.normal
    if (isCapitalized(thing) || !tagged(thing, 'Noun') || tagged(thing, 'Pronoun') || tagged(thing, 'Possessive') || breaksAfter(thing)) return np
    if (PERSON_ROLES.has(word) || PERSON_ROLES.has(singular(word)) || TITLE_WORDS.has(word)) return np
    return { from: k, to: np.to }
  }
  return np
}
