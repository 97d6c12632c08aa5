// "Both", "the two", "the pair": a word for two people speaks for the two named just before it. "Jane Lee and Tom
// Kim run the residents’ group. “It is a good day,” both said." is Jane Lee and Tom Kim, not a group called
// "both"; so is "Anna Ruiz met Carl Dunn on Monday. The two said the deal was fair."
import type { Entity } from './entities'
import { nameKey } from './entities'
import type { SpeakerResolver } from './resolve'

/** Phrases for two people: "both", "both men", "the two", "the two women", "the pair", "the couple", "both of them". */
const FOR_TWO = /^(?:both|the (?:two|pair|couple|duo))(?: (?:men|women|of them|brothers|sisters|friends|leaders))?$/

/** How many sentences back the two are looked for: the sentence of the quote and the one before it. */
const WINDOW = 1

/** Whether a speaker phrase names two people by number alone. */
export const namesTwo = (phrase: string): boolean => FOR_TWO.test(phrase.toLowerCase().replace(/\s+/g, ' '))

/**
 * The two people "both" means: a pair named together just before ("Ms Lee and Mr Park"), else exactly two people
 * named in this sentence and the one before (a third named there leaves it open: "Ms Lee met Mr Park and Ms Ruiz.
 * Both said …" is no one's pair). Null when neither.
 */
export function bothOf(s: SpeakerResolver, start: number, sentence: number): Entity | null {
  const people: Entity[] = []
  for (const m of s.registry.mentionsBefore(start)) {
    if (sentence - m.sentence > WINDOW) break
    if (m.background) continue
    const e = m.entity
    if (e.kind === 'group' && / and /.test(e.name) && people.length <= 2) return e
    if (e.kind === 'person' && !people.includes(e)) people.push(e)
  }
  if (people.length !== 2) return null
  const [b, a] = people
  const name = `${a.name} and ${b.name}`
  return s.registry.findByKey(nameKey(name), 'group') ?? s.registry.create('group', name, [nameKey(name)])
}
