// Resolve the words that name a speaker to an entity of the article:
//   a name          "Mr Zelenskiy"            → the person with that surname (Volodymyr Zelenskiy)
//   a pronoun       "he"                      → the nearest person before it, subjects first, gender agreeing
//   a description   "the Ukrainian president" → the person whose title says so; "the company" → the body before
//   an indefinite   "a European official"     → a new anonymous source; "the official" later → the same one
//   a plural        "officials", "police"     → a group
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { DOCUMENT_NOUNS, GROUP_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLES, RECORD_NOUNS, TITLE_WORDS } from '../lexicon/roles'
import { isCapitalized, isQuantity, phraseStartingAt, tagged, writtenPossessive, type TokenRange } from '../phrases'
import { EntityRegistry, nameKey, type Entity } from './entities'
import { GenderCues } from './gender-cues'
import { roleGender } from '../lexicon/gendered-words'
import { nameInPhrase, type NameMention } from './names'
import { spelledOutEarlier } from './bodies'
import { isPiece, outletAfter, pieceIn } from './outlets'
import { isPair } from './groups'
import { asksFor, blockAt, transcriptBlocks, type TranscriptBlock } from './transcript'

/** Pronouns in the object case and the subject pronoun they stand for. */
const SUBJECT_CASE: Record<string, string> = { him: 'he', her: 'she', them: 'they' }

export interface Resolution {
  entity: Entity | null
  rule: string
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another'])
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])
const KIN = new Set(['father', 'mother', 'dad', 'mom', 'mum', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'uncle', 'aunt',
  'cousin', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'partner', 'friend', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'widow', 'neighbour', 'neighbor'])
const QUANTIFIERS = new Set(['some', 'many', 'several', 'other', 'most', 'few', 'both', 'all', 'two', 'three', 'four', 'these', 'those'])
const DEFINITE = new Set(['the', 'this', 'that'])
/** Bodies a writer names again by their kind: "Facebook said … The company added …". */
const GENERIC_BODIES = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'agency', 'business', 'corporation',
  'retailer', 'airline', 'carrier', 'manufacturer', 'maker', 'startup', 'platform', 'network', 'outlet', 'team', 'club', 'giant', 'bank', 'government', 'tank', 'institute', 'watchdog', 'regulator'])
/** Heads of descriptions that stand for someone the article keeps unnamed: "the source", "the person". */
const UNNAMED_SOURCES = new Set(['source', 'insider', 'person', 'individual', 'whistleblower'])
/** Roles that speak for someone else: "the spokesman for the mayor", "a lawyer for the family". */
const SURROGATES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'aide', 'adviser', 'advisor',
  'representative', 'agent', 'publicist', 'assistant', 'counsel'])
/** How far back (in sentences) a pronoun or a bare description looks for whom it means. */
const WINDOW = 12
/** How far back a pronoun outside the speakers' words looks: a person named in the last few sentences. */
const REFERENT_WINDOW = 3
/** What being an object rather than a subject costs a candidate, in sentences of distance. */
const OBJECT_PENALTY = 2.5
/** What each further mention of a person is worth to a bare description, in sentences of distance. */
const PROMINENCE = 0.75
/** What having spoken last is worth, in sentences of distance. */
const SPEAKER_BONUS = 0.5

const written = (tokens: Token[], r: TokenRange, text: string) => text.slice(tokens[r.from].start, tokens[r.to - 1].end)

/** "officials", "Supporters" (opening a sentence), "the Tories": a group, never one person. */
function pluralHead(t: Token, before: Token | undefined): boolean {
  return GROUP_NOUNS.has(t.normal) || (tagged(t, 'Plural') && !tagged(t, 'Person') && !tagged(t, 'Possessive')) ||
    namedGroup(t, before)
}

/**
 * "the Tories", "the Harriers": a capitalised plural after "the" names a party, a team, a people, whatever
 * the tagger made of it (it tags "Tories" a proper noun). A person's name does not take "the".
 */
function namedGroup(t: Token, before: Token | undefined): boolean {
  return before?.normal === 'the' && isCapitalized(t) && /[^su'’]s$/.test(t.text) && !t.tags.has('Place') &&
    !t.tags.has('Person') && !t.tags.has('FirstName') && !t.tags.has('LastName') && !t.tags.has('Possessive') &&
    !t.tags.has('Organization')
}

export interface ResolverContext {
  text: string
  tokens: Token[]
  /** Whether an offset lies in a quote or in furniture (a caption): names there are not antecedents. */
  background(offset: number): boolean
  /** Whether the phrase [from, to) is the subject of its clause. */
  isSubject(from: number, to: number): boolean
}

export class SpeakerResolver {
  readonly registry = new EntityRegistry()
  /** The pronouns, honorifics and gendered titles seen for each entity (gender.ts decides from them). */
  readonly genderCues = new GenderCues()
  /** Capitalised runs the tagger could not place, by last word: "Dick Durbin" for a later "Durbin said". */
  private readonly fuller = new Map<string, { words: string[]; written: string }>()

  constructor(private readonly c: ResolverContext) {
    this.blocks = transcriptBlocks(c.text)
  }

  addFullerForm(name: NameMention) {
    const words = this.nameWords(name)
    if (words.length < 2) return
    const key = words[words.length - 1]
    const known = this.fuller.get(key)
    if (!known || known.words.length < words.length) this.fuller.set(key, { words, written: written(this.c.tokens, name, this.c.text) })
  }

  /** Register a body named in full ("the Hadley city council"), so that "the council" later is the same one. */
  addBody(r: TokenRange): void {
    const { tokens, text } = this.c
    let from = r.from
    if (DEFINITE.has(tokens[from].normal)) from++
    if (from >= r.to) return
    const key = tokens.slice(from, r.to).map((t) => nameKey(t.text)).filter(Boolean).join(' ')
    const phrase = written(tokens, r, text)
    // "Northwind Export Finance (NEF) … NEF underwrote …": an acronym is the body whose initials it spells,
    // and the body keeps its full name
    const initials = acronymOf(tokens.slice(from, r.to))
    const acronym = r.to - from === 1 && /^\p{Lu}{2,6}$/u.test(tokens[from].text) ? tokens[from].text.toLowerCase() : null
    let entity = this.registry.findByKey(key, 'organization') ?? (initials ? this.registry.findByKey(initials, 'organization') : undefined) ??
      (acronym ? this.spelledBody(tokens[from].text, tokens[from].start) : undefined)
    if (entity && initials && !acronym && entity.words.length === 1 && entity.words[0] === initials) {
      entity.name = bodyName(phrase)
      entity.words = [key]
    }
    entity ??= this.registry.create('organization', bodyName(phrase), [key])
    if (initials && !acronym) this.registry.alsoKnownAs(entity, initials)
    const start = tokens[r.from].start
    // ("Its lawyer told the Northwind news agency: … The company has said …": an outlet told something is a
    // listener, never whom "the company" or "it" means next)
    const background = this.background(start) || addressed(tokens, r.from)
    this.registry.mention(entity, { start, sentence: tokens[r.from].sentence, background, subject: this.c.isSubject(r.from, r.to) }, phrase)
  }

  /** The body an acronym spells when the text wrote its name out before it ("EDC" after "Export Development Canada"). */
  private spelledBody(acronym: string, before: number): Entity | undefined {
    const full = spelledOutEarlier(this.c.text, acronym, before)
    if (!full) return undefined
    const key = full.replace(/^the\s+/i, '').split(/\s+/).map(nameKey).join(' ')
    const entity = this.organization(key, bodyName(full))
    this.registry.alsoKnownAs(entity, acronym.toLowerCase())
    return entity
  }

  /** The body known by `key`, or a new one called `name`. */
  private organization(key: string, name: string): Entity {
    return this.registry.findByKey(key, 'organization') ?? this.registry.create('organization', name, [key])
  }

  /**
   * Register a group that is a subject ("Local farmers oppose the plan", "Ann Reyes and her husband run the
   * shop"), keyed as a speaker phrase naming it is, so that "they" next and "farmers said" later are that group.
   */
  addGroup(r: TokenRange, spoken = false): Entity {
    const { tokens, text } = this.c
    const phrase = written(tokens, r, text)
    const pair = isPair(tokens, r)
    let from = r.from
    if (!pair && (DEFINITE.has(tokens[from].normal) || QUANTIFIERS.has(tokens[from].normal) || POSSESSIVE_DETERMINERS.has(tokens[from].normal)) && from + 1 < r.to) from++
    const key = pair ? nameKey(phrase) : tokens.slice(from, r.to).map((t) => nameKey(t.text)).filter(Boolean).join(' ')
    const group = spoken ? this.spokenGroup(key, phrase) : this.registry.findByKey(key, 'group') ?? this.registry.create('group', pair ? phrase : bodyName(phrase), [key])
    if (!spoken && group.aliases.size === 0) group.unspoken = true
    const start = tokens[r.from].start
    this.registry.mention(group, { start, sentence: tokens[r.from].sentence, background: this.background(start), subject: true }, phrase)
    return group
  }

  /** The group a speaker phrase names, known by `key`; a group seen only as a subject before takes this name. */
  private spokenGroup(key: string, name: string): Entity {
    const known = this.registry.findByKey(key, 'group')
    if (!known) return this.registry.create('group', name, [key])
    if (known.unspoken) known.name = name
    known.unspoken = false
    return known
  }

  /** Register a name, so that later mentions link to it; `subject` overrides the position test. */
  addName(name: NameMention, subject?: boolean): Entity {
    const { tokens, text } = this.c
    const words = this.nameWords(name)
    const writtenName = written(tokens, name, text).replace(/[’']s$/, '')
    const start = tokens[name.from].start
    // "HWA says …" after "the Hadley Water Authority (HWA)", or after "Hadley Water Authority" with no brackets:
    // the body the acronym spells
    const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(writtenName)
    let entity = acronym ? this.registry.findByKey(words[0], 'organization') ?? this.spelledBody(writtenName, start) : undefined
    entity ??= this.registry.findPerson(words, start)
    // "Ms García Ruiz" after "Ana García Ruiz": a surname of two words, not a first name and a surname (a word
    // before a full name may be a label: "Billionaire Tom Okafor" and "Tom Okafor" stay apart)
    if (!entity && words.length >= 2 && !tagged(tokens[name.from], 'FirstName')) entity = this.registry.findEndingWith(words)
    const fuller = words.length === 1 ? this.fuller.get(words[0]) : undefined
    if (!entity && fuller) {
      entity = this.registry.create('person', fuller.written, fuller.words, { title: name.title, gender: name.gender, honorific: name.honorific })
    } else if (!entity) {
      entity = this.registry.create(name.kind === 'organization' ? 'organization' : 'person',
        words.length === 1 && name.honorific ? `${name.honorific} ${writtenName}` : writtenName,
        words, { title: name.title, gender: name.gender, honorific: name.honorific })
    } else {
      this.registry.addName(entity, words, writtenName)
      entity.title = entity.title ?? name.title
      entity.gender = entity.gender ?? name.gender
      entity.honorific = entity.honorific ?? name.honorific
    }
    if (name.age !== undefined) entity.age ??= name.age
    const alias = (name.honorific ? `${name.honorific} ` : '') + writtenName
    this.registry.mention(entity, {
      start, sentence: name.sentence, background: this.background(start),
      subject: subject ?? this.c.isSubject(name.from, name.to),
    }, alias)
    this.genderCues.name(entity, tokens, name)
    return entity
  }

  /** Whether a word is the surname of a person named in full before `start` ("Vandermeer" after "Tom Vandermeer"). */
  private surnameOfSomeone(t: Token, start: number): boolean {
    const key = nameKey(t.text)
    const person = this.registry.findPerson([key], start)
    return !!person && person.words.length > 1 && person.words[person.words.length - 1] === key
  }

  private nameWords(name: TokenRange): string[] {
    const words: string[] = []
    for (let i = name.from; i < name.to; i++) words.push(nameKey(this.c.tokens[i].text))
    return words.filter(Boolean)
  }

  /** The entity a speaker phrase names; speaker phrases are subjects of their reporting verb. */
  resolve(r: TokenRange, lastSpeaker: Entity | null = null): Resolution {
    const { tokens } = this.c
    const start = tokens[r.from].start
    const first = tokens[r.from]
    if (r.to - r.from === 1 && (tagged(first, 'Pronoun') || ['he', 'she', 'they', 'it', 'who'].includes(first.normal))) {
      // "he’s said", "they’ve said": the pronoun of the contraction
      // ("according to him": a source in the object case is the same person as "he")
      const word = first.normal.replace(/['’](s|ve|d|ll|re)$/, '')
      return this.pronoun(SUBJECT_CASE[word] ?? word, start, first.sentence, lastSpeaker)
    }
    // "Ms Lee and Mr Hale said": two people speaking together, a group of their own
    if (isPair(tokens, r)) return { entity: this.addGroup(r, true), rule: 'people' }
    // "professor Jane Albury at the University of Hadley": the name before the phrase that places it
    // ("An article in the Gazette": the piece, whose outlet `description` finds, not a person called Gazette)
    const name = pieceIn(tokens, r) ? null : nameInPhrase(tokens, r) ?? nameBeforePlace(tokens, r)
    const plural = pluralHead(tokens[r.to - 1], tokenAt(tokens, r.to - 2)) && !tagged(tokens[r.to - 1], 'Place')
    // ("the Tories", "the Wisconsin Republican" name no one; "the 28-year-old Moreno" names Moreno, and so does
    // "the 28-year-old Vandermeer" after "striker Tom Vandermeer": a surname the article gave a person already)
    const theName = name !== null && name.to - name.from === 1 && DEFINITE.has(first.normal) && name.from > r.from &&
      !knownSurname(tokens[name.from]) && !this.surnameOfSomeone(tokens[name.from], start)
    if (name && !plural && name.kind !== 'organization' && !theName) {
      // "Tories said …" after "the Tories": the group named before, not a person called Tories
      const group = name.to - name.from === 1 ? this.registry.findByKey(nameKey(tokens[name.from].text), 'group') : undefined
      if (group) {
        this.registry.mention(group, { start, sentence: first.sentence, background: false, subject: true }, written(tokens, r, this.c.text))
        return { entity: group, rule: 'group' }
      }
      return { entity: this.addName({ ...name, kind: 'person' }, true), rule: 'name' }
    }
    return this.description(r, start)
  }

  /**
   * The entity a pronoun or a bare description most likely means: among mentions in the last few sentences,
   * outside quotes and captions, the nearest, with subjects preferred over objects and the earlier of a
   * sentence first ("Mr Zelenskiy said his meeting with Mr Trump was his “best”. He also said …" → Zelenskiy).
   */
  private salient(start: number, sentence: number, fits: (e: Entity) => boolean, lastSpeaker: Entity | null = null, window = WINDOW): Entity | null {
    let best: Entity | null = null
    let bestScore = Infinity
    for (const m of this.registry.mentionsBefore(start)) {
      const distance = sentence - m.sentence
      if (distance > window) break
      if (m.background || !fits(m.entity)) continue
      // the one quoted last is who a reader expects "he said" to be, unless someone new has just taken the stage
      const score = distance + (m.subject ? 0 : OBJECT_PENALTY) - (m.entity === lastSpeaker ? SPEAKER_BONUS : 0)
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
  private prominent(start: number, sentence: number, fits: (e: Entity) => boolean): Entity | null {
    const seen = new Map<Entity, { score: number; count: number }>()
    for (const m of this.registry.mentionsBefore(start)) {
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

  /** The labelled answers of an interview. */
  private readonly blocks: TranscriptBlock[]

  /** Quotes, captions and an interview's labels ("((WN))"): names there are nobody "he" or "they" means next. */
  private background(offset: number): boolean {
    if (this.c.background(offset)) return true
    const block = blockAt(this.blocks, offset)
    return !!block && offset < block.labelEnd
  }

  /**
   * Who "I" is in an interview's labelled block: "((Ann Reyes))  I grew up on a boat …" is Ann Reyes; "AR: I …"
   * the person the article named whose initials these are; "((WN))" Wikinews asking.
   */
  private labelled(start: number): Entity | null {
    const block = blockAt(this.blocks, start)
    if (!block) return null
    const asker = asksFor(block.label)
    if (asker === 'Wikinews') return this.organization('wikinews', asker)
    if (asker) return this.registry.findByKey('interviewer', 'anonymous') ?? this.registry.create('anonymous', asker, ['interviewer'])
    const people = this.registry.entities.filter((e) => e.kind === 'person')
    if (block.initials) {
      const initials = block.label.toLowerCase()
      return people.find((e) => e.words.length > 1 && e.words.map((w) => w[0]).join('') === initials) ?? null
    }
    const words = block.label.split(/\s+/).map(nameKey).filter(Boolean)
    if (words.length === 1 && /^a$/.test(words[0])) return null
    return this.registry.findPerson(words, start) ?? this.registry.findEndingWith(words) ?? this.registry.create('person', block.label, words)
  }

  private pronoun(word: string, start: number, sentence: number, lastSpeaker: Entity | null): Resolution {
    const labelled = word === 'i' ? this.labelled(start) : null
    if (labelled) {
      this.registry.mention(labelled, { start, sentence, background: false, subject: true }, null)
      return { entity: labelled, rule: 'transcript-label' }
    }
    const wanted = word === 'he' ? 'm' : word === 'she' ? 'f' : null
    const personal = word === 'he' || word === 'she' || word === 'who'
    const fits = (e: Entity) => personal
      ? (e.kind === 'person' || e.kind === 'anonymous') && (!wanted || !e.gender || e.gender === wanted) && !(wanted && this.titledOther(e, wanted))
      : word === 'it' ? e.kind === 'organization' : e.kind !== 'person'
    let best = this.salient(start, sentence, fits, lastSpeaker)
    if (best && wanted && !best.gender) best.gender = wanted
    // "Leslie Brown, the fire chief, … “We were lucky,” he said": when nobody else fits, the article's pronoun
    // beats the usual gender of a first name (the tagger's guess), though never an honorific or an earlier pronoun
    if (!best && wanted) {
      best = this.salient(start, sentence, (e) => e.kind === 'person' && e.gender !== wanted && !e.honorific && !this.genderCues.given(e), lastSpeaker)
      if (best) best.gender = wanted
    }
    if (best) best.unspoken = false
    if (best) this.registry.mention(best, { start, sentence, background: false, subject: true }, null)
    if (best) this.genderCues.pronoun(best, this.c.text, start, word)
    return { entity: best, rule: best ? 'pronoun' : 'pronoun-unresolved' }
  }

  /**
   * Whether someone known only by a description is described as of the other gender: "Her husband said …. “We
   * cannot stay,” she said" is not the husband. (Only descriptions: a named person's cues may come from a
   * description resolved to them wrongly, and a named person's honorific is already their gender.)
   */
  private titledOther(e: Entity, wanted: 'm' | 'f'): boolean {
    const other = wanted === 'm' ? 'female' : 'male'
    return e.kind === 'anonymous' && this.genderCues.of(e).some((c) => c.kind === 'title' && c.gender === other)
  }

  /**
   * Whom a pronoun outside the speakers' words means ("Albury said her top three goals …"), by the rule that
   * resolves "she said", but without noting it as a mention: gender evidence only, so attribution stays as it was.
   */
  referent(wanted: 'm' | 'f', start: number, sentence: number): Entity | null {
    if (this.background(start)) return null
    const fits = (e: Entity) => (e.kind === 'person' || e.kind === 'anonymous') && (!e.gender || e.gender === wanted) &&
      !this.genderCues.against(e, wanted === 'm' ? 'male' : 'female')
    return this.salient(start, sentence, fits, null, REFERENT_WINDOW)
  }

  private description(r: TokenRange, start: number): Resolution {
    const { tokens, text } = this.c
    // "Two in three said", "Several said": a share of those asked, a group of its own
    if (isQuantity(tokens, r)) {
      const phrase = written(tokens, r, text)
      const entity = this.registry.create('group', phrase, [nameKey(phrase)])
      this.registry.mention(entity, { start, sentence: tokens[r.from].sentence, background: false, subject: true }, phrase)
      return { entity, rule: 'quantity' }
    }
    let from = r.from
    const determiner = tokens[from].normal
    if (INDEFINITE.has(determiner) || DEFINITE.has(determiner) || QUANTIFIERS.has(determiner) || POSSESSIVE_DETERMINERS.has(determiner)) from++
    if (from >= r.to) return { entity: null, rule: 'unresolved' }
    // the head stands before "of"/"for": "the 41-year-old founder of Northwind Press" is a founder, "an adviser to
    // Mr Hale" an adviser
    let headAt = r.to - 1
    // ("The Green Party in Hadley", "a source within the ministry": the party, the source; where it is, no part of
    // its name)
    let placedAt = r.to
    for (let i = from + 1; i < r.to; i++) {
      if (!/^(of|for|at|with|from|by|to|on|in|within|inside)$/.test(tokens[i].normal)) continue
      // ("six in 10 voters", "the No. 2 in the party": a share or a rank goes on past "in")
      const placed = /^(in|within|inside)$/.test(tokens[i].normal)
      if (placed && tagged(tokens[i - 1], 'Value')) continue
      if (placed) placedAt = i
      headAt = i - 1
      // "the latest figures available from the ministry": the noun, not the words after it
      // ("sources close to her campaign": the people, not how close they are)
      while (headAt > from && !tagged(tokens[headAt], 'Noun') && (tagged(tokens[headAt], 'Adjective') || tagged(tokens[headAt], 'Adverb') || tagged(tokens[headAt], 'Verb'))) headAt--
      break
    }
    const head = tokens[headAt]
    const headWord = nameKey(head.text)
    const words = tokens.slice(from, headAt + 1).map((t) => nameKey(t.text)).filter(Boolean)
    const phrase = written(tokens, r, text)
    const sentence = tokens[r.from].sentence
    const remember = (entity: Entity, rule: string): Resolution => {
      this.registry.mention(entity, { start, sentence, background: false, subject: true }, phrase)
      this.genderCues.phrase(entity, tokens, r)
      return { entity, rule }
    }

    // "A scathing review in the Hadley Gazette said …": a piece speaks for the outlet it appeared in
    const outlet = isPiece(head) ? this.outletOf(r, placedAt) : null
    if (outlet) return remember(outlet, 'document-outlet')
    // "a statement said", "its short statement", "Foster’s book": a document speaks for whoever wrote it
    if (DOCUMENT_NOUNS.has(headWord)) {
      const author = this.authorOf(r, from, headAt, determiner, start, sentence)
      if (author) return remember(author, 'document-author')
      if (RECORD_NOUNS.has(headWord)) {
        const key = words.join(' ')
        return remember(this.registry.findByKey(key, 'anonymous') ?? this.registry.create('anonymous', lowerArticle(phrase), [key]), 'document')
      }
    }
    // "The Dutch aid group Northwind": a body named after the word that says what it is
    // ("Video game giant Electronic Arts": a body's kind in the words a writer uses for it, before a name that
    // ends in a plural)
    const bodyWord = tokens.slice(from, headAt).findIndex((t) => ORGANIZATION_NOUNS.has(t.normal) || (GENERIC_BODIES.has(t.normal) && !isCapitalized(t)))
    // (not "The Commission on Public Debates": a preposition after the word goes on with the body's own name)
    if (bodyWord >= 0 && isCapitalized(head) && !PERSON_ROLES.has(headWord) && isCapitalized(tokens[from + bodyWord + 1])) {
      const nameFrom = from + bodyWord + 1
      const key = tokens.slice(nameFrom, headAt + 1).map((t) => nameKey(t.text)).join(' ')
      const named = text.slice(tokens[nameFrom].start, head.end)
      return remember(this.organization(key, named), 'organization')
    }
    // "UK advertising giant WPP": a body's name after words that describe it
    const tail = isCapitalized(head) ? nameInPhrase(tokens, { from, to: r.to }) : null
    if (tail && tail.kind === 'organization' && tail.from > from && headAt === r.to - 1) {
      const key = tokens.slice(tail.from, tail.to).map((t) => nameKey(t.text)).join(' ')
      const named = text.slice(tokens[tail.from].start, tokens[tail.to - 1].end)
      return remember(this.organization(key, named), 'organization')
    }
    // "those close to him say", "those familiar with the talks": people tied to someone, never that someone
    if (determiner === 'those' && !tagged(tokens[from], 'Noun')) {
      const key = words.join(' ')
      return remember(this.registry.findByKey(key, 'group') ?? this.registry.create('group', lowerArticle(phrase), [key]), 'group')
    }
    // "The President" is a role written with a capital, not a name
    const roleHead = PERSON_ROLES.has(headWord) || TITLE_WORDS.has(headWord)
    // ("Officials in Hadley said": a plain plural capitalised only as the sentence's first word is no name)
    const opening = GROUP_NOUNS.has(tokens[from].normal) && tokenAt(tokens, from - 1)?.sentence !== tokens[from].sentence
    const proper = !roleHead && !opening && tokens.slice(from, placedAt).every((t) => isCapitalized(t) || /^(of|and|for|the|on)$/.test(t.normal))
    if (pluralHead(head, tokenAt(tokens, headAt - 1)) && (!proper || (r.to - from === 1 && !tagged(head, 'Place')))) {
      const key = words.join(' ')
      return remember(this.spokenGroup(key, bodyName(phrase)), 'group')
    }
    // ("the Paris-based think tank": a tank that thinks is a body)
    const thinkTank = headWord === 'tank' && tokenAt(tokens, headAt - 1)?.normal === 'think'
    const isOrgNoun = !PERSON_ROLES.has(headWord) && (ORGANIZATION_NOUNS.has(headWord) || thinkTank || tokens.slice(from, headAt + 1).some((t) => tagged(t, 'Organization')))
    if (proper || (isOrgNoun && !PERSON_ROLES.has(headWord))) {
      if (!proper && DEFINITE.has(determiner)) {
        // "the commission" → the Hadley Harbour Commission; "the company" → the last body named
        const named = this.nearestBody(start, (e) => e.words.some((w) => w.split(' ').includes(headWord)))
        // ("Northwind’s brands include Acme and Zenith. The company said …": a body that was a subject beats one
        // named in passing after it)
        const fitsKind = (e: Entity) => e.kind === 'organization' && kindFits(headWord, e)
        const generic = GENERIC_BODIES.has(headWord)
          ? this.salient(start, sentence, fitsKind) ?? this.nearestBody(start, fitsKind, true)
          : null
        const body = named ?? generic
        if (body) return remember(body, 'description-body')
      }
      // (a proper name is keyed by all its words: "the National Institute on Drug Abuse" is no other institute)
      const key = proper ? tokens.slice(from, placedAt).map((t) => nameKey(t.text)).filter(Boolean).join(' ') : words.join(' ')
      const single = proper && !isOrgNoun && r.to - from === 1 && !tagged(head, 'Organization')
      if (single) {
        const name = nameInPhrase(tokens, { from, to: r.to }) ?? this.bareName(from, r.to)
        return { entity: this.addName(name, true), rule: 'name' }
      }
      return remember(this.organization(key, bodyName(phrase)), 'organization')
    }
    if (INDEFINITE.has(determiner)) {
      return remember(this.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
    }
    // "His father", "her lawyer": someone else, related to a person named before; never that person
    if (POSSESSIVE_DETERMINERS.has(determiner) || KIN.has(headWord)) {
      const known = this.registry.findByKey(words.join(' '), 'anonymous')
      return remember(known ?? this.registry.create('anonymous', lowerArticle(phrase), [words.join(' ')]), 'description-relative')
    }
    // "the 32-year-old plumber": the person of that age, never one the article gives another age
    const age = ageIn(tokens, from, headAt + 1)
    if (age !== undefined) {
      const aged = this.nearest(start, (e) => e.kind === 'person' && e.age === age)
      if (aged) return remember(aged, 'description-age')
    }
    const ageFits = (e: Entity) => age === undefined || e.age === undefined || e.age === age
    // "the Ukrainian president": the person whose title says so, else an anonymous source of that role, else the last person
    // ("the congressman’s spokesman" is the spokesman whose title names the congressman, or any spokesman: the
    // possessive says whose, it is no word of the title)
    const modifiers = tokens.slice(from, headAt).filter((t) => !writtenPossessive(t))
      .map((t) => nameKey(t.text)).filter((w) => w && !/\d/.test(w))
    const titled = this.nearest(start, (e) => e.kind === 'person' && !!e.title && titleFits(e.title, headWord, modifiers) && ageFits(e))
    if (titled) return remember(titled, 'description-title')
    // "Mr Hale’s campaign manager", "the lawyer for Hadley Animal Rescue", "the aide to Ms Lee":
    // someone who speaks for a name, not the person named last ("the founder of Northwind Press" may well be)
    const after = tokens.slice(headAt + 2, r.to)
    const forSomeone = headAt + 2 < r.to && /^(for|of|to)$/.test(tokenAt(tokens, headAt + 1)?.normal ?? '') &&
      (SURROGATES.has(headWord) ? after.some(isCapitalized) : after.some((t) => tagged(t, 'Person')))
    // ("Trudeau’s upbeat tone" is no one)
    // ("the singer’s agent", "the company’s spokesman": someone of another's, whoever that is)
    const owner = ((PERSON_ROLES.has(headWord) || tagged(head, 'Actor')) && tokens.slice(from, headAt).some((t) => writtenPossessive(t) && !tagged(t, 'Pronoun'))) || forSomeone
    if (owner) {
      const key = words.join(' ') + ' ' + tokens.slice(headAt + 1, r.to).map((t) => nameKey(t.text)).join(' ')
      return remember(this.registry.findByKey(key.trim(), 'anonymous') ?? this.registry.create('anonymous', lowerArticle(phrase), [key.trim()]), 'description-linked')
    }
    const anonymous = this.nearest(start, (e) => e.kind === 'anonymous' && e.words.includes(headWord))
    if (anonymous) return remember(anonymous, 'description-anonymous')
    // "the source said": a source the article does not name is never the person it named last
    if (UNNAMED_SOURCES.has(headWord)) return remember(this.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
    // "the governor" is not the senator, "the actress" not a man: a role the person is known not to have
    const gendered = roleGender(headWord)
    const roleFits = (e: Entity) => !roleExcludes(e, headWord) && !(gendered && this.genderCues.against(e, gendered))
    // ("The virus' subject line says …", "the banner read": writing on a thing is nobody the story named)
    const person = WRITTEN_ON.has(headWord) ? null : this.prominent(start, sentence, (e) => e.kind === 'person' && ageFits(e) && roleFits(e))
    if (person) {
      if (age !== undefined) person.age ??= age
      return remember(person, 'description-salient-person')
    }
    return remember(this.registry.create('anonymous', lowerArticle(phrase), [headWord]), 'anonymous')
  }

  /** Who wrote a document: the name it belongs to ("Foster’s book"), else the body or person before it. */
  /**
   * Who wrote a document: the name it belongs to ("Foster’s book"), the author after it ("a statement from the
   * ministry", "a report by the Hadley Institute"), the one "its" or "his" means; for a statement or
   * a post with no author named, the person or body before it; for a poll or a report, nobody (it speaks itself).
   */
  private authorOf(r: TokenRange, from: number, headAt: number, determiner: string, start: number, sentence: number): Entity | null {
    const { tokens } = this.c
    for (let i = from; i < r.to; i++) {
      if (!tagged(tokens[i], 'Possessive') || !isCapitalized(tokens[i])) continue
      const name = nameInPhrase(tokens, { from: r.from, to: i + 1 })
      if (name) return this.addName({ ...name, kind: 'person' }, false)
    }
    const by = tokens.slice(headAt + 1, r.to).findIndex((t) => /^(from|by)$/.test(t.normal))
    // "a poll from Hadley University broadcast on Channel 9": the author is the phrase after "from"
    const author = by >= 0 ? phraseStartingAt(tokens, headAt + 2 + by, r.to) : null
    if (author) return this.resolve(author).entity
    // "an AEW press release", "a Hadley Council statement": the name that opens the phrase is whose it is
    let run = from
    while (run < headAt && isCapitalized(tokens[run]) && !tagged(tokens[run], 'Determiner') && !tagged(tokens[run], 'Pronoun')) run++
    // (not "The U.S. Geological Survey", a body's name whose last word is a document's)
    if (run > from && from > r.from && !isCapitalized(tokens[headAt])) {
      const name = nameInPhrase(tokens, { from, to: run })
      if (name?.kind === 'person') return this.addName(name, false)
      const named = this.c.text.slice(tokens[from].start, tokens[run - 1].end)
      const key = nameKey(named)
      return this.organization(key, named)
    }
    if (determiner === 'its' || determiner === 'their') return this.nearestBody(start, () => true)
    // "her statement": the woman named before, as "she" would be
    if (determiner === 'his' || determiner === 'her') {
      const wanted = determiner === 'his' ? 'm' : 'f'
      const author = this.salient(start, sentence, (e) => e.kind === 'person' && (!e.gender || e.gender === wanted))
      if (author) this.genderCues.pronoun(author, this.c.text, start, determiner)
      return author
    }
    if (RECORD_NOUNS.has(nameKey(tokens[headAt].text))) return null
    return this.salient(start, sentence, (e) => e.kind === 'person' || e.kind === 'organization')
  }

  /** The outlet a piece appeared in: "a review in the Hadley Gazette" → the Hadley Gazette. */
  private outletOf(r: TokenRange, placedAt: number): Entity | null {
    const { tokens, text } = this.c
    const outlet = outletAfter(tokens, placedAt, r.to)
    if (!outlet) return null
    const named = text.slice(tokens[outlet.from].start, tokens[outlet.to - 1].end).replace(/[’']s$/, '')
    const key = tokens.slice(outlet.from, outlet.to).map((w) => nameKey(w.text)).filter(Boolean).join(' ')
    const the = tokens[outlet.from - 1].normal === 'the' ? 'the ' : ''
    // ("The Hadley Gazette ran it first. An article in the Gazette said …": the outlet named in full before)
    const fuller = outlet.to - outlet.from === 1 ? this.nearestBody(tokens[r.from].start, (e) => e.words.some((w) => w.split(' ').at(-1) === key)) : null
    return this.registry.findByKey(key, 'organization') ?? fuller ?? this.organization(key, the + named)
  }

  private bareName(from: number, to: number): NameMention {
    return { from, to, kind: 'person', honorific: null, title: null, gender: null, sentence: this.c.tokens[from].sentence }
  }

  /** The body named nearest before `start` that passes `test`; with `foreground`, outside quotes, captions and listeners. */
  private nearestBody(start: number, test: (e: Entity) => boolean, foreground = false): Entity | null {
    return this.nearest(start, (e) => e.kind === 'organization' && test(e), foreground)
  }

  /** The entity mentioned nearest before `start` that passes `test`, captions and quotes included unless `foreground`. */
  private nearest(start: number, test: (e: Entity) => boolean, foreground = false): Entity | null {
    for (const m of this.registry.mentionsBefore(start)) if (!(foreground && m.background) && test(m.entity)) return m.entity
    return null
  }
}

/**
 * Whether a description fits a title: its head and every modifier in the title, a word matching its other form
 * ("the Ohio Democrat" fits "a Democratic senator from Ohio"; "the Ohio senator" does not fit "a Texas senator").
 */
/** The age in "the 32-year-old plumber" (the tagger keeps "32", "year" and "old" as words of their own). */
function ageIn(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from; i + 2 < to + 1 && i < to; i++) {
    if (/^\d{1,3}$/.test(tokens[i].text) && tokens[i].post === '-' && tokenAt(tokens, i + 1)?.normal === 'year' && tokenAt(tokens, i + 2)?.normal === 'old') return Number(tokens[i].text)
    const joined = /^(\d{1,3})-year-old$/.exec(tokens[i].normal)
    if (joined) return Number(joined[1])
  }
  return undefined
}

/** The initials of a body's name, lower-cased ("Northwind Export Finance" → "nef"), or null for one word. */
function acronymOf(words: Token[]): string | null {
  const significant = words.filter((t) => !/^(of|for|and|the|on|in|&)$/.test(t.normal))
  if (significant.length < 2 || !significant.every((t) => /^\p{Lu}/u.test(t.text))) return null
  return significant.map((t) => t.text[0].toLowerCase()).join('')
}

/** The name of "Marine biology professor Jane Albury at the University of Hadley", before "at". */
function nameBeforePlace(tokens: Token[], r: TokenRange): NameMention | null {
  for (let i = r.from + 1; i < r.to; i++) {
    if (!/^(at|of|from|in|with)$/.test(tokens[i].normal)) continue
    const name = nameInPhrase(tokens, { from: r.from, to: i })
    // ("Officials in the city said": a common noun capitalised at the sentence's start is no name)
    const common = !!name && name.to - name.from === 1 && !['Person', 'ProperNoun', 'Organization'].some((tag) => tagged(tokens[name.from], tag))
    return name && name.to === i && !common ? name : null
  }
  return null
}

/**
 * Whether a person cannot be the one a role names: their title names another office ("the governor" for "Sen. Tom
 * Hale"), or a gendered role is of the other gender ("the actress" for "Mr Hale").
 */
/** Things that carry words, which say them in no one's name: "the subject line says", "the banner read". */
const WRITTEN_ON = new Set(['line', 'sign', 'signs', 'headline', 'headlines', 'caption', 'label', 'banner', 'banners', 'poster', 'posters',
  'slogan', 'placard', 'placards', 'plaque', 'inscription', 'screen', 'subject', 'title', 'text', 'sticker', 'billboard', 'graffiti', 'message'])

/** A word the tagger knows for a surname or a first name, and for nothing else: "Moreno" (not "Republican", "Kremlin"). */
function knownSurname(t: Token): boolean {
  return (tagged(t, 'LastName') || tagged(t, 'FirstName')) && !tagged(t, 'Place') && !tagged(t, 'Organization') && !TITLE_WORDS.has(t.normal)
}

function roleExcludes(e: Entity, head: string): boolean {
  const gendered = roleGender(head)
  if (gendered && e.gender && e.gender !== (gendered === 'female' ? 'f' : 'm')) return true
  return TITLE_WORDS.has(head) && !!e.title && e.title.split(/\s+/).some((w) => TITLE_WORDS.has(expandTitle(nameKey(w)))) && !titleFits(e.title, head, [])
}

/** Abbreviated titles as words, keyed as nameKey writes them: "Sen." → "senator", "Gov." → "governor". */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator', gov: 'governor', rep: 'representative', gen: 'general', capt: 'captain', col: 'colonel', lt: 'lieutenant',
  sgt: 'sergeant', prof: 'professor', pres: 'president', supt: 'superintendent', insp: 'inspector', det: 'detective',
}

function expandTitle(word: string): string {
  return TITLE_ABBREVIATIONS[word] ?? word
}

function titleFits(title: string, head: string, modifiers: string[]): boolean {
  const words = title.split(/\s+/).map((w) => expandTitle(nameKey(w)))
  const has = (w: string) => words.some((t) => sameWord(t, w))
  return has(head) && modifiers.every(has)
}

/** "democrat" and "democratic", "republican" and "republicans": one word in two forms. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3
}

/** Words for a business: "the company" is no body whose name says it is another kind ("Hadley University"). */
const COMMERCIAL = new Set(['company', 'firm', 'business', 'corporation', 'retailer', 'airline', 'carrier', 'manufacturer', 'maker',
  'startup', 'giant', 'bank', 'producer', 'publisher', 'broadcaster'])

/** Whether "the company" may mean a body: not "Temple University" or "the State Department", which are no companies. */
function kindFits(head: string, e: Entity): boolean {
  if (!COMMERCIAL.has(head)) return true
  const words = e.words.flatMap((w) => w.split(' '))
  return !words.some((w) => ORGANIZATION_NOUNS.has(w) && !COMMERCIAL.has(w))
}

/** Verbs whose object is a listener: "told the Northwind news agency". */
const TELLING = new Set(['told', 'tell', 'tells', 'telling'])
/** Words before "to"/"with" that make what follows a listener: "in an interview with", "speaking to". */
const ADDRESSING = new Set(['interview', 'interviews', 'speaking', 'spoke', 'talking', 'talked', 'statement', 'comments', 'remarks', 'wrote', 'letter'])

/** Whether the phrase at `from` is someone spoken to: "told the Gazette", "in an interview with Radio Hadley". */
function addressed(tokens: Token[], from: number): boolean {
  let k = from - 1
  if (tokenAt(tokens, k)?.normal === 'the') k--
  const before = tokenAt(tokens, k)
  if (!before || before.sentence !== tokens[from].sentence) return false
  if (TELLING.has(before.normal)) return true
  return /^(to|with)$/.test(before.normal) && ADDRESSING.has(tokenAt(tokens, k - 1)?.normal ?? '')
}

/** "The Kremlin" → "the Kremlin", "some voters" → "voters". */
function bodyName(written: string): string {
  // "the Harbour Works Committee (HWC" → "the Harbour Works Committee"
  // ("Northwind’s" as a body's name is Northwind)
  const phrase = written.replace(/\s*\([^)]*$/, '').replace(/[’']s$/, '')
  const m = /^(the|some|many|several|other|most|these|those)\s+(.*)$/is.exec(phrase)
  if (!m) return phrase
  return /^the$/i.test(m[1]) ? `the ${m[2]}` : m[2]
}

function lowerArticle(phrase: string): string {
  return phrase.replace(/^(A|An|One|Another)\b/, (m) => m.toLowerCase())
}
