// Resolve the words that name a speaker to an entity of the article:
//   a name          "Mr Zelenskiy"            → the person with that surname (Volodymyr Zelenskiy)
//   a pronoun       "he"                      → the nearest person before it, subjects first, gender agreeing
//   a description   "the Ukrainian president" → the person whose title says so; "the company" → the body before
//   an indefinite   "a European official"     → a new anonymous source; "the official" later → the same one
//   a plural        "officials", "police"     → a group
import type { Token } from '../../nlp/parse'
import type { SpeakerKind } from '../../model'
import { GROUP_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLES } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import { EntityRegistry, nameKey, type Entity } from './entities'
import { nameInPhrase, type NameMention } from './names'

export interface Resolution {
  entity: Entity | null
  rule: string
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another'])
const QUANTIFIERS = new Set(['some', 'many', 'several', 'other', 'most', 'few', 'both', 'all', 'two', 'three', 'four', 'these', 'those'])
const DEFINITE = new Set(['the', 'this', 'that'])
const MAX_SENTENCES_BACK = 8

const written = (tokens: Token[], r: TokenRange, text: string) => text.slice(tokens[r.from].start, tokens[r.to - 1].end)

function pluralHead(t: Token): boolean {
  return GROUP_NOUNS.has(t.normal) || (tagged(t, 'Plural') && !isCapitalized(t))
}

export class SpeakerResolver {
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    readonly registry: EntityRegistry,
    private readonly inQuote: (offset: number) => boolean,
  ) {}

  /** Register a name found anywhere in the article, so that later mentions link to it. */
  addName(name: NameMention): Entity {
    const words = this.nameWords(name)
    const writtenName = written(this.tokens, name, this.text).replace(/[’']s$/, '')
    const start = this.tokens[name.from].start
    let entity = this.registry.findPerson(words, start)
    if (!entity) {
      entity = this.registry.create(name.kind === 'organization' ? 'organization' : 'person', this.displayName(name, writtenName, words),
        words, { title: name.title, gender: name.gender, honorific: name.honorific })
    } else {
      this.registry.addName(entity, words, writtenName)
      entity.title = entity.title ?? name.title
      entity.gender = entity.gender ?? name.gender
      entity.honorific = entity.honorific ?? name.honorific
    }
    const alias = (name.honorific ? `${name.honorific} ` : '') + writtenName
    this.registry.mention(entity, start, name.sentence, this.inQuote(start), alias)
    return entity
  }

  private nameWords(name: TokenRange): string[] {
    const words: string[] = []
    for (let i = name.from; i < name.to; i++) words.push(nameKey(this.tokens[i].text))
    return words.filter(Boolean)
  }

  private displayName(name: NameMention, writtenName: string, words: string[]): string {
    return words.length === 1 && name.honorific ? `${name.honorific} ${writtenName}` : writtenName
  }

  /** The entity a speaker phrase names. */
  resolve(r: TokenRange): Resolution {
    const { tokens } = this
    const start = tokens[r.from].start
    const first = tokens[r.from]
    if (r.to - r.from === 1 && (tagged(first, 'Pronoun') || ['he', 'she', 'they', 'it', 'who'].includes(first.normal))) {
      return this.pronoun(first.normal, start, first.sentence)
    }
    const name = nameInPhrase(tokens, r)
    if (name && name.kind !== 'organization' && !(name.to - name.from === 1 && DEFINITE.has(first.normal) && name.from > r.from)) {
      return { entity: this.addName({ ...name, kind: 'person' }), rule: 'name' }
    }
    return this.description(r, start)
  }

  private pronoun(word: string, start: number, sentence: number): Resolution {
    const wanted = word === 'he' ? 'm' : word === 'she' ? 'f' : null
    const personal = word === 'he' || word === 'she' || word === 'who'
    const fits = (e: Entity) => personal
      ? (e.kind === 'person' || e.kind === 'anonymous') && (!wanted || !e.gender || e.gender === wanted)
      : word === 'it' ? e.kind === 'organization' : e.kind !== 'person'
    let best: Entity | null = null
    let current = -1
    for (const m of this.registry.mentionsBefore(start)) {
      if (m.sentence < sentence - MAX_SENTENCES_BACK) break
      if (m.sentence !== current) {
        // sentences nearest first; within a sentence the earliest mention, usually its subject, wins
        if (best) break
        current = m.sentence
      }
      if (!m.inQuote && fits(m.entity)) best = m.entity
    }
    if (best && wanted && !best.gender) best.gender = wanted
    if (best) this.registry.mention(best, start, sentence, false, null)
    return { entity: best, rule: best ? 'pronoun' : 'pronoun-unresolved' }
  }

  private description(r: TokenRange, start: number): Resolution {
    const { tokens } = this
    let from = r.from
    const determiner = tokens[from].normal
    if (INDEFINITE.has(determiner) || DEFINITE.has(determiner) || QUANTIFIERS.has(determiner)) from++
    if (from >= r.to) return { entity: null, rule: 'unresolved' }
    const head = tokens[r.to - 1]
    const headWord = nameKey(head.text)
    const words = tokens.slice(from, r.to).map((t) => nameKey(t.text)).filter(Boolean)
    const phrase = written(tokens, r, this.text)
    const sentence = tokens[r.from].sentence
    const remember = (entity: Entity, rule: string): Resolution => {
      this.registry.mention(entity, start, sentence, false, phrase)
      return { entity, rule }
    }

    const proper = tokens.slice(from, r.to).every((t) => isCapitalized(t) || /^(of|and|for|the)$/.test(t.normal))
    if (pluralHead(head) && !proper) {
      const key = words.join(' ')
      const entity = this.registry.findByKey(key, 'group') ?? this.registry.create('group', stripDeterminer(phrase), [key])
      return remember(entity, 'group')
    }
    const isOrgNoun = ORGANIZATION_NOUNS.has(headWord) || tokens.slice(from, r.to).some((t) => tagged(t, 'Organization'))
    if (proper || isOrgNoun && !PERSON_ROLES.has(headWord)) {
      if (!proper && DEFINITE.has(determiner)) {
        const body = this.nearest(start, (e) => e.kind === 'organization')
        if (body) return remember(body, 'description-body')
      }
      const key = words.join(' ')
      const kind: SpeakerKind = proper && !isOrgNoun && r.to - from === 1 && !tagged(head, 'Organization') ? 'person' : 'organization'
      if (kind === 'person') return { entity: this.addName(nameInPhrase(tokens, { from, to: r.to }) ?? this.bareName(from, r.to)), rule: 'name' }
      const entity = this.registry.findByKey(key, 'organization') ?? this.registry.create('organization', stripDeterminer(phrase), [key])
      return remember(entity, 'organization')
    }
    if (INDEFINITE.has(determiner)) {
      return remember(this.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
    }
    // "the Ukrainian president": the person whose title says so, else an anonymous source of that role, else the last person
    const modifiers = words.slice(0, -1).filter((w) => !/\d/.test(w))
    const titled = this.nearest(start, (e) => e.kind === 'person' && !!e.title && titleFits(e.title, headWord, modifiers))
    if (titled) return remember(titled, 'description-title')
    const anonymous = this.nearest(start, (e) => e.kind === 'anonymous' && e.words.includes(headWord))
    if (anonymous) return remember(anonymous, 'description-anonymous')
    const person = this.nearest(start, (e) => e.kind === 'person', true)
    if (person) return remember(person, 'description-nearest-person')
    return remember(this.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
  }

  private bareName(from: number, to: number): NameMention {
    return { from, to, kind: 'person', honorific: null, title: null, gender: null, sentence: this.tokens[from].sentence }
  }

  /** The entity mentioned nearest before `start` that passes `test`, outside quotes. */
  private nearest(start: number, test: (e: Entity) => boolean, outsideQuotesOnly = false): Entity | null {
    for (const m of this.registry.mentionsBefore(start)) {
      if (outsideQuotesOnly && m.inQuote) continue
      if (test(m.entity)) return m.entity
    }
    return null
  }
}

function titleFits(title: string, head: string, modifiers: string[]): boolean {
  const words = title.split(/\s+/).map(nameKey)
  if (!words.includes(head)) return false
  return modifiers.every((m) => words.includes(m))
}

/** "The Kremlin" → "the Kremlin", "some voters" → "voters". */
function stripDeterminer(phrase: string): string {
  const m = /^(the|some|many|several|other|most|these|those)\s+(.*)$/is.exec(phrase)
  if (!m) return phrase
  return /^the$/i.test(m[1]) ? `the ${m[2]}` : m[2]
}

function lowerArticle(phrase: string): string {
  return phrase.replace(/^(A|An|One|Another)\b/, (m) => m.toLowerCase())
}
