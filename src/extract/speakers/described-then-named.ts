// A speaker first described and then named: "A spokeswoman for the mayor said the plan would go ahead. “We have
// the money,” said Eleanore Cole." The description's quotes are Eleanore Cole's, when her name comes with the very
// next quote, bare (no description of her own), and she was not named before the description: a reader takes the
// name as the one the description held back. Not "A spokeswoman said …. “…,” said Ann Reyes, a nurse." (her own
// description makes her someone else), nor an anonymous source ("a source said"), whom no later name unmasks.
import type { Token } from '../../nlp/parse'
import { PERSON_ROLES } from '../lexicon/roles'
import { tagged } from '../phrases'
import { tokenAt } from '../../nlp/parse'
import { PERSON_ENDING } from './person-heads'
import type { QuoteCandidate } from '../quotes'
import { nameKey, type Entity, type EntityRegistry } from './entities'

/** Roles that stand for someone the story keeps unnamed on purpose: a later name is somebody else. */
const KEPT_UNNAMED = new Set(['source', 'sources', 'insider', 'person', 'individual', 'official', 'aide', 'diplomat', 'officer',
  'witness', 'resident', 'someone', 'analyst', 'expert', 'observer', 'employee', 'staffer', 'member', 'user', 'reader', 'viewer', 'caller',
  // (kin and friends: "a friend said" stays a friend, whoever is named next)
  'friend', 'relative', 'neighbour', 'neighbor', 'colleague', 'acquaintance', 'classmate'])

/** How many sentences after the description's quote the name may come, in the same paragraph or the next. */
const NAMED_WITHIN = 3

/** The role word a description is headed by: "a spokeswoman for the mayor" → "spokeswoman"; null for none. */
function roleOf(e: Entity): string | null {
  const words = e.name.toLowerCase().split(/\s+/)
  const end = words.findIndex((w) => /^(for|of|at|with|to|from|in|on)$/.test(w))
  const head = (end < 0 ? words : words.slice(0, end)).pop()?.replace(/[^a-z-]/g, '') ?? ''
  return PERSON_ROLES.has(head) && !KEPT_UNNAMED.has(head) ? head : null
}

/**
 * Whether the speaker words open their sentence with a role, capitalised only there, that the tagger does not
 * know for a first name: "Bookmaker Hallwick said", which names a body, not the spokeswoman described before.
 */
function roleOpening(tokens: Token[], from: number): boolean {
  const t = tokens[from]
  if (tokenAt(tokens, from - 1)?.sentence === t.sentence || tagged(t, 'FirstName') || tagged(t, 'Person')) return false
  return PERSON_ROLES.has(t.normal) || PERSON_ENDING.test(t.normal)
}

/**
 * Replaces, in `entities` (one per candidate), each described speaker by the person the next quote names bare;
 * returns the candidates whose speaker it replaced.
 */
export function describedThenNamed(candidates: QuoteCandidate[], entities: Array<Entity | null>, tokens: Token[], registry: EntityRegistry,
  paragraphOf: (sentence: number) => number): number[] {
  const changed: number[] = []
  for (let i = 0; i < candidates.length; i++) {
    const described = entities[i]
    const c = candidates[i]
    if (!described || described.kind !== 'anonymous' || described.thing || c.speaker.kind !== 'mention' || !roleOf(described)) continue
    let j = i + 1
    while (j < candidates.length && (entities[j] === described || entities[j] === null)) j++
    const named = entities[j]
    const next = candidates[j]
    if (!named || !next || named.kind !== 'person' || named.words.length < 2 || next.speaker.kind !== 'mention') continue
    const range = next.speaker.range
    if (roleOpening(tokens, range.from)) continue
    // bare: the speaker words are the full name and nothing else (an honorific may stand before it: "Lord Tom
    // Hale", "Mr Tom Hale"), and no comma opens a description after them
    let first = range.from
    while (first < range.to && tagged(tokens[first], 'Honorific')) first++
    const words = tokens.slice(first, range.to).map((t) => nameKey(t.text)).filter(Boolean)
    if (words.join(' ') !== named.words.join(' ') || /,/.test(tokens[range.to - 1].post)) continue
    const from = tokens[c.speaker.range.from].sentence, to = tokens[range.from].sentence
    if (to - from > NAMED_WITHIN || paragraphOf(to) - paragraphOf(from) > 1) continue
    // named before the description: the description is someone else
    if ([...registry.mentionsBefore(tokens[c.speaker.range.from].start)].some((m) => m.entity === named)) continue
    for (let k = i; k < j; k++) {
      if (entities[k] !== described) continue
      entities[k] = named
      changed.push(k)
    }
  }
  return changed
}
