// Whom "he said" right after a sentence that sets one person's words against another's reply means: the one who
// replies. "Tom Hale said the courts were too slow, but league chief Ben Cole rejected his comments. “We made them
// faster,” he said." is Cole, though Hale is the sentence's first subject and was quoted last. Only a subject after
// "but" whose verb answers (rejected, denied, insisted …), in the sentence right before the pronoun, after another
// subject who fits; not "Tom Hale scored twice, but Ben Cole was sent off" (no answer), nor a pronoun whose own
// sentence named someone before it.
import type { Token } from '../../nlp/parse'
import { tokenIndexIn } from '../../nlp/parse'
import { tokenAt } from '../../nlp/token-at'
import { tagged } from '../phrases'
import type { Entity, EntityMention, EntityRegistry } from './entities'
import { nameEnd } from './names'

/** Verbs of answering what someone else said: the subject's words come next. */
const ANSWERS = new Set(['rejected', 'denied', 'dismissed', 'disputed', 'insisted', 'countered', 'disagreed', 'responded', 'replied',
  'defended', 'rebuffed', 'refuted', 'contradicted', 'challenged', 'hit', 'rejects', 'denies', 'dismisses', 'disputes', 'insists', 'counters',
  'disagrees', 'responds', 'replies', 'defends', 'rebuffs', 'refutes', 'contradicts', 'hits'])

/** The mention of the one who answers in the sentence before the pronoun, as described above; else null. */
export function replierBefore(registry: EntityRegistry, tokens: Token[], start: number, sentence: number,
  fits: (e: Entity) => boolean): EntityMention | null {
  const before: EntityMention[] = []
  for (const m of registry.mentionsBefore(start)) {
    if (m.sentence < sentence - 1) break
    if (m.background || !fits(m.entity)) continue
    if (m.sentence === sentence) return null
    before.push(m)
  }
  // nearest first: the last subject of the sentence, and another subject who fits before it
  const last = before.find((m) => m.subject)
  if (!last || !before.some((m) => m.subject && m.entity !== last.entity && m.start < last.start)) return null
  const at = tokenIndexIn(tokens, last.start)
  const verb = tokenAt(tokens, nameEnd(tokens, at) + 1)
  if (!verb || verb.sentence !== tokens[at].sentence || !ANSWERS.has(verb.normal) || !tagged(verb, 'Verb')) return null
  // "but" opens the answering clause: within the few words of title before the name
  for (let k = at - 1; k >= 0 && k >= at - 6 && tokens[k].sentence === tokens[at].sentence; k--) {
    if (tokens[k].normal === 'but') return last
    if (tagged(tokens[k], 'Verb')) return null
  }
  return null
}
