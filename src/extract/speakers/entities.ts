// The people and bodies of one article, each kept once however it is named:
// "Donald Trump", "Mr Trump", "Trump", "President Trump" are one entity, named by its fullest form.
import type { Token } from '../../nlp/parse'
import type { SpeakerKind } from '../../model'
import type { Gender } from './names'
import { HONORIFICS } from '../lexicon/roles'

export interface Entity {
  index: number
  kind: SpeakerKind
  /** The fullest name or description seen so far. */
  name: string
  title: string | null
  gender: Gender
  /** Every way the article names it, as written ("Mr Trump", "the US president"). */
  aliases: Set<string>
  /** Lower-cased name words without honorifics, for matching ("donald", "trump"). */
  words: string[]
  honorific: string | null
  /** The age the article gives: "Tom Okafor, 32," or "the 32-year-old" once resolved. */
  age?: number
  /**
   * A group seen only as a subject so far ("Local farmers oppose the plan"): the first phrase that has it speak
   * ("Farmers in Hadley said") names it, as it would had the group not been seen before.
   */
  unspoken?: boolean
  /** Not a person: a document or a thing that speaks ("A survey found …", "The decree instructs …"); "he" is never it. */
  thing?: boolean
  /**
   * Written once at least as the tagger writes a person's name (a first or last name it knows, a "Person" tag)
   * or with an honorific: "Hewitt", "Ms Moore", not "Leeds" in "The Sharks host Leeds" (see pronouns.ts).
   */
  personTagged?: boolean
  /** Written as the tagger writes a place, a date or a body ("Leeds", "Ethiopia", "Day"): a word that may be no one. */
  placeTagged?: boolean
  /**
   * A name the tagger did not know for a body, which its context made one ("Shares in Brindlecorp rose"; body-votes.ts):
   * the body at every mention, though the tagger reads one of them as a person's ("Brindlecorp said").
   */
  votedBody?: boolean
  /** First named as someone's relative: "his son, Hunter Biden" (a bare "Biden" later is the other Biden). */
  kin?: boolean
}

/** The trades ("drinks") and the words ("german", "brewer") an article writes next to a body's name (body-votes.ts). */
export interface BodyDescriptors {
  trades: Set<string>
  words: Set<string>
}

/** One place in the text that names an entity; pronouns are resolved against these. */
export interface EntityMention {
  entity: Entity
  start: number
  sentence: number
  /** Inside a quote or in a caption: named there, but not who "he" will be next ("I called President Putin"). */
  background: boolean
  /** The subject of its clause ("Mr Zelenskiy said …"), not an object ("… his Monday meeting with Mr Trump"). */
  subject: boolean
}

/** "Zelenskiy’s" → "zelenskiy"; accents folded so "José" and "Jose" match. */
export function nameKey(word: string): string {
  let key = NAME_KEYS.get(word)
  if (key === undefined) {
    key = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s?$/, '').replace(/[^a-z0-9-]/g, '')
    // (bounded: a 10 MB input of made-up names)
    if (NAME_KEYS.size >= 20_000) NAME_KEYS.clear()
    NAME_KEYS.set(word, key)
  }
  return key
}

/** The name's words as keys, a possessive dropped: "Brindlecorp's" → ["brindlecorp"]. */
export function wordsOf(tokens: Token[], n: { from: number; to: number }): string[] {
  const words: string[] = []
  for (let i = n.from; i < n.to; i++) words.push(nameKey(tokens[i].text))
  return words.filter(Boolean)
}
/**
 * Keys already made, by word: the speaker rules ask for the key of the same few names over and over ("Trump" for
 * every mention, every pronoun, every description weighed), and each is a normalisation and three replacements.
 */
const NAME_KEYS = new Map<string, string>()

/** How many mentions back any search looks: far more than any article's, bounded for a 10 MB one. */
const MENTIONS_LOOKED_AT = 3000

export class EntityRegistry {
  readonly entities: Entity[] = []
  private readonly mentions: EntityMention[] = []
  private readonly byKey = new Map<string, Entity[]>()
  /** What the article writes next to bodies' names, by key: "brindlecorp" → drinks, {german, brewer} ("the German brewer Brindlecorp"). */
  bodyDescriptors = new Map<string, BodyDescriptors>()

  create(kind: SpeakerKind, name: string, words: string[], fields: Partial<Pick<Entity, 'title' | 'gender' | 'honorific'>> = {}): Entity {
    const entity: Entity = {
      index: this.entities.length, kind, name, words, aliases: new Set(), title: fields.title ?? null,
      gender: fields.gender ?? null, honorific: fields.honorific ?? null,
    }
    this.entities.push(entity)
    this.index(entity, words)
    return entity
  }

  private index(entity: Entity, words: string[]) {
    const key = words[words.length - 1]
    if (!key) return
    const list = this.byKey.get(key) ?? []
    if (!list.includes(entity)) list.push(entity)
    this.byKey.set(key, list)
  }

  /** The person a name belongs to: the same surname, and no first name that contradicts it. */
  findPerson(words: string[], before: number, gender: Gender = null, honorific = false): Entity | undefined {
    const key = words[words.length - 1]
    const all = (this.byKey.get(key) ?? []).filter((e) => e.kind === 'person' && compatible(e.words, words))
    // ("Mr. Bush" after "Barbara Bush" and "George W. Bush": an honorific's gender, where it tells them apart)
    const sameGender = gender ? all.filter((e) => !e.gender || e.gender === gender) : all
    const candidates = sameGender.length > 0 ? sameGender : all
    if (candidates.length === 0 && words.length === 1) {
      // a first name alone, used for someone named in full before: "Tom" after "Tom Okafor"
      // ("Mr Howard" after "Howard Hale" and "Mr Hale" is someone else: an honorific went with the last word of
      // that name already; "Mr Lou" after "Lou Weiming" alone is Lou Weiming, whose family name comes first)
      const byFirst = this.entities.filter((e) => e.kind === 'person' && e.words.length > 1 && e.words[0] === key && !(honorific && surnameHonoured(e)))
      if (byFirst.length === 1) return byFirst[0]
    }
    // ("Joe Biden and his son, Hunter Biden. The claim against Biden is …": a bare surname is the one the story did not
    // introduce as a relative of another)
    const main = words.length === 1 ? candidates.filter((e) => !e.kin) : candidates
    return this.mostRecent(main.length > 0 ? main : candidates, before)
  }

  /** The person whose fuller name ends with these words: "Ana García Ruiz" for "García Ruiz". */
  findEndingWith(words: string[]): Entity | undefined {
    const key = words[words.length - 1]
    return (this.byKey.get(key) ?? []).find((e) => e.kind === 'person' && e.words.length > words.length &&
      words.every((w, k) => w === e.words[e.words.length - words.length + k]))
  }

  /** Another key the entity is found by: the acronym of a body named in full ("nef" for Northwind Export Finance). */
  alsoKnownAs(entity: Entity, key: string) {
    this.index(entity, [key])
  }

  findByKey(key: string, kind: SpeakerKind): Entity | undefined {
    return (this.byKey.get(key) ?? []).find((e) => e.kind === kind)
  }

  /** A fuller form of the name ("Volodymyr Zelenskiy" after "Mr Zelenskiy") becomes the entity's name. */
  addName(entity: Entity, words: string[], written: string) {
    if (words.length > entity.words.length) {
      entity.words = words
      entity.name = written
      this.index(entity, words)
    }
  }

  mention(entity: Entity, place: Omit<EntityMention, 'entity'>, written: string | null) {
    if (written) entity.aliases.add(written)
    const i = this.firstAfter(place.start, false)
    const same = this.mentions[i - 1]
    if (same?.start === place.start && same.entity === entity) {
      same.subject = same.subject || place.subject
      return
    }
    this.mentions.splice(i, 0, { entity, ...place })
  }

  /** Mentions before an offset, nearest first, at most `limit` of them: a search never walks a whole book back. */
  *mentionsBefore(offset: number, limit = MENTIONS_LOOKED_AT): Generator<EntityMention> {
    const i = this.firstAfter(offset, true)
    for (let k = i - 1; k >= 0 && k >= i - limit; k--) yield this.mentions[k]
  }

  /** Mentions after an offset, nearest first, at most `limit` of them. */
  *mentionsAfter(offset: number, limit = MENTIONS_LOOKED_AT): Generator<EntityMention> {
    const i = this.firstAfter(offset, false)
    for (let k = i; k < this.mentions.length && k < i + limit; k++) yield this.mentions[k]
  }

  /** Index of the first mention starting after `offset` (or at it, when `inclusive`): binary search, mentions being in text order. */
  private firstAfter(offset: number, inclusive: boolean): number {
    let lo = 0, hi = this.mentions.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const start = this.mentions[mid].start
      if (start < offset || (!inclusive && start === offset)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private mostRecent(candidates: Entity[], before: number): Entity | undefined {
    if (candidates.length <= 1) return candidates[0]
    for (const m of this.mentionsBefore(before)) if (candidates.includes(m.entity)) return m.entity
    return candidates[0]
  }
}

/** "Mark Rutte" and "Rutte" are one person; "Tom Okafor" and "Ada Okafor" are not. */
function compatible(known: string[], seen: string[]): boolean {
  if (known.length < 2 || seen.length < 2) return true
  return known[0] === seen[0] || known[0][0] === seen[0][0] && (known[0].length <= 2 || seen[0].length <= 2)
}

/** Whether the article wrote an honorific before the last word of this person's name: "Mr Hale" for Howard Hale. */
function surnameHonoured(e: Entity): boolean {
  const surname = e.words[e.words.length - 1]
  for (const alias of e.aliases) {
    const w = alias.split(/\s+/)
    if (w.length === 2 && HONORIFICS.has(w[0].toLowerCase()) && nameKey(w[1]) === surname) return true
  }
  return false
}
