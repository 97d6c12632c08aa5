// A pronoun and someone named, speaking together: "Tom Kerr runs the studio. … he and Mr Allen said" → the pair
// "Tom Kerr and Mr Allen", a group of its own as "Ms Lee and Mr Hale" is; the pronoun found as any "he" is.
import type { Token } from '../../nlp/parse'
import { PERSON_ROLES } from '../lexicon/roles'
import { namesPerson, tagged, type TokenRange } from '../phrases'
import { nameKey } from './entities'
import { resolvePronoun } from './pronouns'
import type { Resolution, SpeakerResolver } from './resolve'
import { written } from './speaker-phrases'
import type { Entity } from './entities'

const PERSONAL = /^(he|she|i|we|they)$/

/** The pronoun's place in a pair "he and Mr Allen" / "Mr Allen and I", or -1 when the phrase is no such pair. */
function pronounOfPair(tokens: Token[], r: TokenRange): number {
  const and = tokens.slice(r.from, r.to).findIndex((t) => t.normal === 'and') + r.from
  if (and <= r.from || and >= r.to - 1) return -1
  if (and === r.from + 1 && PERSONAL.test(tokens[r.from].normal)) return r.from
  if (and === r.to - 2 && PERSONAL.test(tokens[r.to - 1].normal)) return r.to - 1
  return -1
}

/**
 * Whether `partner` names someone a pronoun can speak with: a person by name ("Mr Allen", "Tom Hale"), someone of
 * theirs ("his lawyer", "her husband"), or people by their role ("two aides", "election lawyers"); not a thing
 * ("he and the plan"), nor a body ("she and the council" may be the verb's object list).
 */
export function canPartner(tokens: Token[], partner: TokenRange): boolean {
  const words = tokens.slice(partner.from, partner.to)
  if (words.some((t) => tagged(t, 'Pronoun') && !tagged(t, 'Possessive'))) return false
  if (namesPerson(tokens, partner)) return true
  const head = words[words.length - 1].normal
  const one = head.replace(/ies$/, 'y').replace(/(ch|sh|x|ss)es$/, '$1').replace(/s$/, '')
  return PERSON_ROLES.has(head) || PERSON_ROLES.has(one) || PERSON_ROLES.has(one.slice(one.lastIndexOf('-') + 1))
}

/** The joint speaker of a pronoun pair, named with the person the pronoun stands for; null for another phrase. */
export function resolvePronounPair(s: SpeakerResolver, r: TokenRange, lastSpeaker: Entity | null): Resolution | null {
  const { tokens, text } = s.c
  const at = pronounOfPair(tokens, r)
  if (at < 0) return null
  const pronoun = tokens[at]
  const partner = at === r.from ? { from: r.from + 2, to: r.to } : { from: r.from, to: r.to - 2 }
  // ("he and it", "he and the plan": no partner to speak with)
  if (!canPartner(tokens, partner)) return null
  const one = resolvePronoun(s, pronoun.normal, pronoun.start, pronoun.sentence, lastSpeaker).entity
  // ("he and Mr Allen" with no one before it for "he": the pair as written)
  const who = one && one.kind === 'person' ? one.name : text.slice(pronoun.start, pronoun.end)
  const other = written(tokens, partner, text)
  const name = at === r.from ? `${who} and ${other}` : `${other} and ${who}`
  const key = nameKey(name)
  const group = s.registry.findByKey(key, 'group') ?? s.registry.create('group', name, [key])
  const start = tokens[r.from].start
  s.registry.mention(group, { start, sentence: tokens[r.from].sentence, background: s.background(start), subject: true }, written(tokens, r, text))
  return { entity: group, rule: 'pronoun-pair' }
}
