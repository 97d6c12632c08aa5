// A bare verb between a plural name and another name that compromise read as a noun: "The Sharks host Leeds in the
// cup on Friday." tagged "host" a noun ("the Sharks host", as in "the Sharks coach"), the sentence had no verb.
import type { Token } from './parse'
import { hasTag as has, tokenAt } from './token-at'

/** Endings of nouns for people and things, not of bare verbs: "The Times reporter", "the Giants manager". */
const NOUN_ENDINGS = /(er|or|ist|ian|ant|ent|tion|sion|ness|ity|ment|ship|man|s)$/

/**
 * Whether token i is such a verb: a lower-case singular noun in its bare form, after "The" and a capitalised name in
 * -s (a team or a band, the plural its subject), before a name that is no person's: "The Sharks host Leeds", "The
 * Rovers visit Hadley" (not "The Sharks coach Tom Hale said", a person after it; nor "The Times reporter").
 */
export function verbAfterPluralName(tokens: Token[], i: number): boolean {
  const t = tokens[i], name = tokenAt(tokens, i - 1), the = tokenAt(tokens, i - 2), next = tokenAt(tokens, i + 1)
  if (!name || !the || !next || the.normal !== 'the' || the.post !== '' || name.post !== '' || t.post !== '') return false
  if (the.sentence !== t.sentence || next.sentence !== t.sentence) return false
  if (!has(t, 'Noun') || has(t, 'Verb') || has(t, 'Plural') || has(t, 'ProperNoun') || !/^\p{Ll}{3,}$/u.test(t.text) || NOUN_ENDINGS.test(t.normal)) return false
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name.text) || !has(name, 'ProperNoun') || has(name, 'Possessive') || has(name, 'Person') || has(name, 'Place')) return false
  return has(next, 'ProperNoun') && /^\p{Lu}/u.test(next.text) && !has(next, 'Person') && !has(next, 'Date')
}
