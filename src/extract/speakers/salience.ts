// Whom a pronoun or a bare description most likely means, among the entities mentioned before it: the nearest,
// subjects before objects, the one quoted last, the one the story keeps naming.
import type { Entity, EntityMention, EntityRegistry } from './entities'

/** How far back (in sentences) a pronoun or a bare description looks for whom it means. */
export const WINDOW = 12
/** What being an object rather than a subject costs a candidate, in sentences of distance. */
const OBJECT_PENALTY = 2.5
/** What each further mention of a person is worth to a bare description, in sentences of distance. */
const PROMINENCE = 0.75
/** What having spoken last is worth, in sentences of distance. */
const SPEAKER_BONUS = 0.5

/**
 * The entity a pronoun or a bare description most likely means: among mentions in the last few sentences,
 * outside quotes and captions, the nearest, with subjects preferred over objects and the earlier of a
 * sentence first ("Mr Zelenskiy said his meeting with Mr Trump was his “best”. He also said …" → Zelenskiy).
 */
export function salient(registry: EntityRegistry, start: number, sentence: number, fits: (e: Entity) => boolean,
  lastSpeaker: Entity | null = null, window = WINDOW, asSubject: EntityMention | null = null): Entity | null {
  let best: Entity | null = null
  let bestScore = Infinity
  for (const m of registry.mentionsBefore(start)) {
    const distance = sentence - m.sentence
    if (distance > window) break
    if (m.background || !fits(m.entity)) continue
    // the one quoted last is who a reader expects "he said" to be, unless someone new has just taken the stage
    // (`asSubject`: an object the sentence is about, lone-object.ts)
    const score = distance + (m.subject || m === asSubject ? 0 : OBJECT_PENALTY) - (m.entity === lastSpeaker ? SPEAKER_BONUS : 0)
    // mentions come nearest first, so on a tie the earlier one in the sentence (visited later) wins
    if (score <= bestScore) {
      best = m.entity
      bestScore = score
    }
    if (bestScore === 0 && distance > 0) break
  }
  return best
}

/**
 * Whom a bare description most likely means ("the cheerful landlord", "the 43-year-old"): like `salient`, but
 * the one the story keeps naming outweighs someone named once in passing ("a guest spot on Hadley Tonight").
 */
export function prominent(registry: EntityRegistry, start: number, sentence: number, fits: (e: Entity) => boolean): Entity | null {
  const seen = new Map<Entity, { score: number; count: number }>()
  for (const m of registry.mentionsBefore(start)) {
    const distance = sentence - m.sentence
    if (distance > WINDOW) break
    if (m.background || !fits(m.entity)) continue
    const score = distance + (m.subject ? 0 : OBJECT_PENALTY)
    const known = seen.get(m.entity)
    if (known) {
      known.count++
      known.score = Math.min(known.score, score)
    } else seen.set(m.entity, { score, count: 1 })
  }
  // "There is a joy, insists 16-year-old Tom Hale, in fixing bikes. “It takes months,” says the self-taught
  // mechanic": the only person who is a subject in this sentence or the one before is whom a description right
  // after means, however often the story named someone else (not "Baker had a spot on a show hosted by Tom
  // Reed. … says the affable proprietor": Reed is no subject, Baker is)
  const near = [...seen].filter(([, { score }]) => score <= 1)
  if (near.length === 1 && near[0][0].kind === 'person') return near[0][0]
  let best: Entity | null = null
  let bestScore = Infinity
  for (const [entity, { score, count }] of seen) {
    const total = score - PROMINENCE * Math.min(count - 1, 4)
    if (total < bestScore) {
      best = entity
      bestScore = total
    }
  }
  return best
}

/** The entity mentioned nearest before `start` that passes `test`, captions and quotes included unless `foreground`. */
export function nearest(registry: EntityRegistry, start: number, test: (e: Entity) => boolean, foreground = false): Entity | null {
  for (const m of registry.mentionsBefore(start)) if (!(foreground && m.background) && test(m.entity)) return m.entity
  return null
}

/** The body named nearest before `start` that passes `test`; with `foreground`, outside quotes, captions and listeners. */
export function nearestBody(registry: EntityRegistry, start: number, test: (e: Entity) => boolean, foreground = false): Entity | null {
  return nearest(registry, start, (e) => e.kind === 'organization' && test(e), foreground)
}

/**
 * Mentions before `start`, nearest first, no further back than `window` sentences: what a reader still has in mind
 * when all a story gives is a description ("A Home Office minister said … The minister added …").
 */
export function* mentionsInReach(registry: EntityRegistry, start: number, sentence: number, window = WINDOW): Generator<EntityMention> {
  for (const m of registry.mentionsBefore(start)) {
    if (sentence - m.sentence > window) return
    yield m
  }
}

/**
 * Mentions after `start`, nearest first, no further on than `window` sentences: how long a reader waits for the
 * name of someone described first ("The home secretary said … Later, Home Secretary Ann Lee told …").
 */
export function* mentionsAhead(registry: EntityRegistry, start: number, sentence: number, window = WINDOW): Generator<EntityMention> {
  for (const m of registry.mentionsAfter(start)) {
    if (m.sentence - sentence > window) return
    yield m
  }
}

/**
 * The unnamed one (an anonymous entity) a description means again, mentioned within reach before `start`: "A
 * Home Office minister said … The minister added" is that minister; a minister a story left a dozen sentences
 * back may be another, and in a file of several stories one after another, another story's ("the foreign minister"
 * of one wire story is no one of the next). A named person is found by name, however far.
 */
export function unnamedInReach(registry: EntityRegistry, start: number, sentence: number, fits: (e: Entity) => boolean): Entity | null {
  for (const m of mentionsInReach(registry, start, sentence)) if (m.entity.kind === 'anonymous' && fits(m.entity)) return m.entity
  return null
}
