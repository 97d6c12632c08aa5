// "the latter" and "the former" point back at the last two named: "Investigations were opened by the Hadley
// Aviation Authority and the Hadley Safety Board, with the latter confirming …" is the board; "Tom Hale met Ann
// Lee. The former said …" is Hale.
import type { Entity, EntityRegistry } from './entities'

/** The entity "the latter" (the nearer) or "the former" (the one before it) means, of the two named last. */
export function formerOrLatter(registry: EntityRegistry, which: 'former' | 'latter', start: number, sentence: number): Entity | null {
  const named: Entity[] = []
  for (const m of registry.mentionsBefore(start)) {
    if (sentence - m.sentence > 1) break
    if (m.background || named.includes(m.entity)) continue
    named.push(m.entity)
    if (named.length === 2) break
  }
  if (named.length < 2) return null
  return which === 'latter' ? named[0] : named[1]
}
