// Whom a bare description means when the story wrote its role next to a name: "The bill was criticised by
// archbishop Jorge Scheinig. … the archbishop said" is Scheinig, though the lexicon knows no archbishop and the
// story named the president more often; so is "Jorge Scheinig, the archbishop of Hadley, …". And people a
// story names by what they did ("the attacker", "the gunman") are someone it keeps unnamed unless it wrote the
// role next to a name: never the person it named last.
import type { Token } from '../../nlp/parse'
import { tokenAt, tokenIndexIn } from '../../nlp/parse'
import { HONORIFICS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { breaksAfter, isCapitalized, tagged } from '../phrases'
import type { Entity, EntityRegistry } from './entities'

/** Nouns for someone by a deed, whom a story seldom names: "the attacker is reported to have jumped on stage". */
export const DEED_NAMES = new Set(['attacker', 'assailant', 'gunman', 'shooter', 'stabber', 'bomber', 'hijacker', 'intruder', 'robber',
  'burglar', 'kidnapper', 'abductor', 'perpetrator', 'culprit', 'killer', 'murderer', 'suspect', 'arsonist', 'hacker', 'caller'])

/**
 * Whether `head` is written right before the name at token `at`, or before a comma that opens it: "archbishop Jorge
 * Scheinig", "the attacker, Tom Lee,".
 */
function roleBefore(tokens: Token[], at: number, head: string): boolean {
  let k = at - 1
  if (HONORIFICS.has(tokenAt(tokens, k)?.normal ?? '')) k--
  const t = tokenAt(tokens, k)
  return !!t && t.normal === head && t.sentence === tokens[at].sentence && (!breaksAfter(t) || /^\s*,\s*$/.test(t.post))
}

/** Whether `head` closes a phrase after a comma right after the name at token `at`: "Jorge Scheinig, the archbishop of …". */
function roleAfter(tokens: Token[], at: number, head: string): boolean {
  let end = at
  while (end + 1 < tokens.length && !breaksAfter(tokens[end]) && isCapitalized(tokens[end + 1])) end++
  if (!/,/.test(tokens[end].post)) return false
  for (let k = end + 1; k < tokens.length && k <= end + 6 && tokens[k].sentence === tokens[at].sentence; k++) {
    const t = tokens[k]
    if (t.normal === head) return !HONORIFICS.has(tokenAt(tokens, k - 1)?.normal ?? '')
    // ("Ora, which Mr King co-owns": a clause after the comma, no phrase that says what the name is)
    if (breaksAfter(t) || tagged(t, 'Pronoun') || (tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Adjective'))) break
  }
  return false
}

/**
 * The person named nearest before `start` with `head` written next to the name, outside quotes and captions; for
 * roles the lexicon does not know (a known one before a name is the name's title, which descriptions.ts matches).
 */
export function roleHolder(registry: EntityRegistry, tokens: Token[], head: string, start: number): Entity | null {
  if (PERSON_ROLES.has(head) || TITLE_WORDS.has(head)) return null
  for (const m of registry.mentionsBefore(start)) {
    // ("the Every Student Succeeds Act, a bill …": only a name written as a person's, never a capitalised thing)
    if (m.background || m.entity.kind !== 'person' || !m.entity.personTagged) continue
    const at = tokenIndexIn(tokens, m.start)
    if (tokens[at].start !== m.start) continue
    if (roleBefore(tokens, at, head) || roleAfter(tokens, at, head)) return m.entity
  }
  return null
}
