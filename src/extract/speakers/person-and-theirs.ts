// A person and people of theirs, acting together: "Ann Reyes and her colleagues met the mayor", "Egyptian minister
// Omar Said and his Greek, Cypriot and French counterparts, Nikos Papas, Andreas Kyprianou and Jean Dupont,
// respectively, met in Cairo". The whole phrase is the group "they" means next, not the last name of the list
// nor "French counterparts".
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { PERSON_ROLES } from '../lexicon/roles'
import { isCapitalized, singular, tagged, verbAt, type TokenRange } from '../phrases'
import { nameInPhrase } from './names'

/** Whether a word is a role of people, one or many: "colleague", "counterparts", "aides". */
function role(t: Token): boolean {
  return PERSON_ROLES.has(t.normal) || PERSON_ROLES.has(singular(t.normal))
}

const comma = (t: Token | undefined) => !!t && /^,\s*$/.test(t.post)

/**
 * The group that a person named in `left` and the people of theirs after the "and" at `and` make, when the two are
 * the subject of a verb right after them or after the names of those people set off by commas; else null. Not "Ann
 * Reyes and her plan failed" (no role), "the mayor and his aides met" (no name), "Ann Reyes and her aides, who …".
 */
export function personAndTheirs(tokens: Token[], and: number, left: TokenRange): TokenRange | null {
  const name = nameInPhrase(tokens, left)
  if (!name || name.kind === 'organization' || name.to !== left.to || !/^(his|her|their)$/.test(tokenAt(tokens, and + 1)?.normal ?? '')) return null
  const sentence = tokens[and].sentence
  // the words that say which people: "his Greek, Cypriot and French counterparts"
  let head = and + 2
  while (tokenAt(tokens, head)?.sentence === sentence && !role(tokens[head])) {
    const t = tokens[head]
    if (!(tagged(t, 'Adjective') || isCapitalized(t) || (t.normal === 'and' && head > and + 2))) return null
    if (comma(t) && !isCapitalized(t)) return null
    head++
  }
  if (tokenAt(tokens, head)?.sentence !== sentence || comma(tokens[head - 1])) return null
  const group = { from: left.from, to: head + 1 }
  if (!comma(tokens[head])) return verbAt(tokens, head + 1) ? group : null
  // ", Nikos Papas and Jean Dupont, respectively, met": their names set off by commas, then the verb
  let k = head + 1
  while (tokenAt(tokens, k)?.sentence === sentence && (isCapitalized(tokens[k]) || tokens[k].normal === 'and')) {
    if (comma(tokens[k]) && verbAt(tokens, k + 1)) return group
    k++
  }
  return null
}
