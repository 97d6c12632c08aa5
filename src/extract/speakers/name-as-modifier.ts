// A person's full name written as a modifier of a thing names nobody there, but it is the full name a bare surname
// later means: "Liverpool won with a late Tom Okafor strike. … Okafor admitted he thought they were out" is Tom
// Okafor, not a speaker called "Okafor". Only a first name the tagger is sure of before the surname, and a thing
// after it, not a role: "Arthur Hadley frontman Sam Okafor" names a band, and "Hadley" later is no Arthur Hadley.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { tagged } from '../phrases'
import type { NameMention } from './names'

/** Whether a name that modifies the noun after it is a person's first and last names before a thing. */
export function personNameBeforeThing(tokens: Token[], name: NameMention): boolean {
  if (name.to - name.from < 2 || !tagged(tokens[name.from], 'FirstName')) return false
  const last = tokens[name.to - 1]
  if (!tagged(last, 'LastName') && !tagged(last, 'Person')) return false
  const thing = tokenAt(tokens, name.to)
  if (!thing || tagged(thing, 'Actor') || tagged(thing, 'Person')) return false
  // (a noun before another name is that name's role: "Arthur Hadley frontman Sam Okafor")
  const after = tokenAt(tokens, name.to + 1)
  if (after && after.sentence === thing.sentence && (tagged(after, 'FirstName') || tagged(after, 'Person'))) return false
  return !PERSON_ROLES.has(thing.normal) && !TITLE_WORDS.has(thing.normal)
}
