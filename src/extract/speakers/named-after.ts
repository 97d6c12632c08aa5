// A story may open on a quote whose "she" is named only after it: "“It’s not fair,” she said of the ruling. “We will
// fight it.” Ann Lee, 34, lost her job in May." Nobody came before the pronoun, so it means the first person the
// story names after it, in the next few sentences, whose gender does not say otherwise.
import type { Token } from '../../nlp/parse'
import type { TokenRange } from '../phrases'
import type { Entity } from './entities'
import type { SpeakerResolver } from './resolve'

/** How many sentences after the pronoun the name may come. */
const NAMED_WITHIN = 3

/** The person a "he" or "she" with no one before it means, or null; its gender is recorded as evidence. */
export function namedAfter(s: SpeakerResolver, tokens: readonly Token[], range: TokenRange): Entity | null {
  const pronoun = tokens[range.from]
  if (range.to - range.from !== 1 || !/^(he|she)$/.test(pronoun.normal)) return null
  for (const m of s.registry.mentionsBefore(pronoun.start)) if (!m.background && m.entity.kind === 'person') return null
  const wanted = pronoun.normal === 'he' ? 'm' : 'f'
  for (const m of s.registry.mentionsAfter(pronoun.end)) {
    if (m.sentence - pronoun.sentence > NAMED_WITHIN) break
    if (m.background || m.entity.kind !== 'person') continue
    // ("“We lost,” she said. Tom Hale, her coach, … Ann Lee …": the first person named who may be a "she")
    if (m.entity.gender && m.entity.gender !== wanted) continue
    s.genderCues.pronoun(m.entity, s.c.text, pronoun.start, pronoun.normal)
    return m.entity
  }
  return null
}
