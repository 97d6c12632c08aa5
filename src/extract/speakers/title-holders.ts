// Whom a description of an office means when no one named before it holds that very title:
//   "Sir Tom Hale, the cabinet secretary, gave evidence. … The former cabinet secretary said …": a word that places
//     the office in time ("former", "then") is no word of the title, when one person of the story holds it;
//   "The home secretary said he would not act. … Later, Home Secretary Ann Lee told the BBC …": the one person the
//     story names with that title after the description (a writer may describe someone before naming them);
//   "The prime minister said … the prime minister added …": the person the same description meant before.
// Each refuses when two people fit, and never reads a name written only inside a quote or a caption.
import { nameKey, type Entity, type EntityMention, type EntityRegistry } from './entities'
import { expandTitle } from './description-fits'
import { mentionsAhead, mentionsInReach } from './salience'

/**
 * The people the mentions name, outside quotes and captions, who pass `fits`, each once: one is whom a description
 * means; two ("The home secretary said … Home Secretary Ann Lee … Home Secretary Tom Hale …") and it means neither.
 */
export function holdersIn(mentions: Iterable<EntityMention>, fits: (e: Entity) => boolean): Entity[] {
  const found: Entity[] = []
  for (const m of mentions) {
    if (m.background || m.entity.kind !== 'person' || found.includes(m.entity) || !fits(m.entity)) continue
    found.push(m.entity)
    if (found.length > 1) break
  }
  return found
}

/** The last word of a title, spelled out: "secretary" for "Home Secretary", "senator" for "Sen.". */
function titleHead(title: string): string {
  const words = title.split(/\s+/).map(nameKey).filter(Boolean)
  return expandTitle(words[words.length - 1] ?? '')
}

/** Whether the story named an entity before `start` outside quotes and captions: "Judge Tom Hale ruled. … “Hale erred,” she said." */
export function namedOutsideBefore(registry: EntityRegistry, e: Entity, start: number): boolean {
  for (const m of registry.mentionsBefore(start)) if (m.entity === e && !m.background) return true
  return false
}

/** The person named with a fitting title after `start`, when only one is: "The home secretary said … Home Secretary Ann Lee told …". */
export function holderAfter(registry: EntityRegistry, start: number, sentence: number, head: string, fits: (e: Entity) => boolean): Entity | null {
  // (not someone the story named before the description and gave the title later: that one a reader has already
  // weighed, and the description found no title on them)
  // (and only a name written as a person's: "a county judge upheld Northwind Trust's appeal" gives no body a title)
  // (the title's own head: "the Republican" is no "Republican vice presidential nominee" named later; an office only:
  // "The Oscar winner said" after a director's name is not the actor the story calls an Oscar winner later)
  // (within a reader's reach: a writer who describes someone first names them soon, salience.ts; a home secretary
  // named pages on, or in the next story of a file of several, was not meant)
  const holders = holdersIn(mentionsAhead(registry, start, sentence), (e) => !!e.title && !!e.personTagged && titleHead(e.title) === head && fits(e))
  const holder = holders.length === 1 ? holders[0] : null
  if (!holder) return null
  return namedOutsideBefore(registry, holder, start) ? null : holder
}

/**
 * The person the story described before with words that fit this description, when it described one person so: "The
 * prime minister said … Mr Hale took his seat on Monday. … the prime minister said" is the prime minister still, not Mr
 * Hale, named last; "Scotland's justice minister has warned … Ann Lee said … the minister said" is Ann Lee.
 */
export function describedBefore(registry: EntityRegistry, start: number, sentence: number, fits: (description: string) => boolean): Entity | null {
  const meant: Entity[] = []
  // (within reach, as an unnamed one is found again, salience.ts: what the same words meant long before, or in
  // another story of the same file, a reader no longer has in mind)
  for (const m of mentionsInReach(registry, start, sentence)) {
    if (m.background || m.entity.kind !== 'person' || meant.includes(m.entity)) continue
    if ([...m.entity.aliases].some((a) => DESCRIPTION.test(a) && fits(a.replace(/^(the|a|an)\s+/i, '')))) meant.push(m.entity)
  }
  return meant.length === 1 ? meant[0] : null
}

/** An alias that describes rather than names: "the prime minister", "Scotland's justice minister". */
const DESCRIPTION = /^(the|a|an)\s|['’]s\s+\p{Ll}/iu
