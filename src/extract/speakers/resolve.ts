// Resolve the words that name a speaker to an entity of the article:
//   a name          "Mr Zelenskiy"            → the person with that surname (Volodymyr Zelenskiy)
//   a pronoun       "he"                      → the nearest person before it, subjects first, gender agreeing (pronouns.ts)
//   a description   "the Ukrainian president" → the person whose title says so; "the company" → the body before
//                                               (descriptions.ts)
//   an indefinite   "a European official"     → a new anonymous source; "the official" later → the same one
//   a plural        "officials", "police"     → a group
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { GROUP_NOUNS, NAME_PARTICLES, TITLE_WORDS } from '../lexicon/roles'
import { tagged, type TokenRange } from '../phrases'
import { EntityRegistry, nameKey, wordsOf, type Entity } from './entities'
import { GenderCues } from './gender-cues'
import { nameInPhrase, type NameMention } from './names'
import { spelledOutEarlier } from './bodies'
import { pieceIn } from './outlets'
import { isPair } from './groups'
import { resolvePronounPair } from './pronoun-pairs'
import { asksFor, blockAt, type TranscriptBlock } from './transcript'
import { resolvePronoun } from './pronouns'
import { noteLaterMentions } from './later-mentions'
import { placeRun } from './place-surnames'
import { resolveDescription } from './descriptions'
import { writingOpensSentence } from './documents'
import { firstNameGender } from './first-name-gender'
import { withoutNationality } from './national-surname'
import { isCommonWord } from '../../nlp/compromise'
import { DEFINITE, POSSESSIVE_DETERMINERS, QUANTIFIERS, bodyName, isNational, pluralHead, written } from './speaker-phrases'

/** Honorifics written before a first name: "Sir Ian" is Ian Hale, "Dame Judi" Judi Okafor (entities.ts findPerson). */
const FIRST_NAME_HONORIFICS = /^(sir|dame|lady)$/i

/** Pronouns in the object case and the subject pronoun they stand for. */
// ("repeated his claim that …": the owner of a noun of saying is its speaker, as the subject is a verb's)
const SUBJECT_CASE: Record<string, string> = { him: 'he', her: 'she', them: 'they', his: 'he', their: 'they', its: 'it' }

export interface Resolution {
  entity: Entity | null
  rule: string
}

export interface ResolverContext {
  text: string
  tokens: Token[]
  /** The interview's labelled blocks of the text (quotes/context.ts reads them once). */
  transcript: TranscriptBlock[]
  /** Whether an offset lies in a quote or in furniture (a caption): names there are not antecedents. */
  background(offset: number): boolean
  /** Whether the phrase [from, to) is the subject of its clause. */
  isSubject(from: number, to: number): boolean
  /** False under --no-name-gender: the usual gender of a first name is never read, not even to choose whom "she" means. */
  nameGender?: boolean
}

export class SpeakerResolver {
  readonly registry = new EntityRegistry()
  /** The pronouns, honorifics and gendered titles seen for each entity (gender.ts decides from them). */
  readonly genderCues = new GenderCues()
  /**
   * Writings whose author the article named, by their word, with the token of the word where it was: "a survey
   * conducted by PC World" … "the survey found".
   */
  readonly writingAuthors = new Map<string, { author: Entity; at: number }>()
  /** Capitalised runs the tagger could not place, by last word: "Dick Durbin" for a later "Durbin said". */
  private readonly fuller = new Map<string, { words: string[]; written: string; place: boolean }>()

  constructor(readonly c: ResolverContext) {}

  addFullerForm(name: NameMention) {
    const words = this.nameWords(name)
    if (words.length < 2) return
    const key = words[words.length - 1]
    const known = this.fuller.get(key)
    const place = placeRun(this.c.tokens, name)
    // ("Reyes ends Ann Lee's run": the name without its possessive)
    if (!known || known.words.length < words.length) this.fuller.set(key, { words, written: written(this.c.tokens, name, this.c.text).replace(/[’']s$/, ''), place })
  }

  /** Register a body named in full ("the Hadley city council"), so that "the council" later is the same one. */
  addBody(r: TokenRange): Entity | undefined {
    const { tokens, text } = this.c
    let from = r.from
    if (DEFINITE.has(tokens[from].normal)) from++
    if (from >= r.to) return undefined
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
    return entity
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
  organization(key: string, name: string): Entity {
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
  spokenGroup(key: string, name: string): Entity {
    const known = this.registry.findByKey(key, 'group')
    if (!known) return this.registry.create('group', name, [key])
    if (known.unspoken) known.name = name
    known.unspoken = false
    return known
  }

  /** Register a name, so that later mentions link to it; `subject` overrides the position test. */
  addName(written0: NameMention, subject?: boolean): Entity {
    const { tokens, text } = this.c
    // ("American Hale" after "Lindsay Hale": national-surname.ts; not "German Ortega" named so before Freddy Ortega)
    const at = tokens[written0.from].start
    const name = (!this.registry.findPerson(this.nameWords(written0), at) &&
      withoutNationality(tokens, written0, (t) => this.surnameOfSomeone(t, at))) || written0
    const words = this.nameWords(name)
    const writtenName = written(tokens, name, text).replace(/[’']s$/, '')
    const start = tokens[name.from].start
    // "HWA says …" after "the Hadley Water Authority (HWA)", or after "Hadley Water Authority" with no brackets:
    // the body the acronym spells
    const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(writtenName)
    let entity = acronym ? this.registry.findByKey(words[0], 'organization') ?? this.spelledBody(writtenName, start) : undefined
    entity ??= this.registry.findPerson(words, start, name.honorific ? name.gender : null, name.honorific !== null && !FIRST_NAME_HONORIFICS.test(name.honorific))
    // "Ms García Ruiz" after "Ana García Ruiz": a surname of two words, not a first name and a surname (a word
    // before a full name may be a label: "Billionaire Tom Okafor" and "Tom Okafor" stay apart)
    if (!entity && words.length >= 2 && !tagged(tokens[name.from], 'FirstName')) entity = this.registry.findEndingWith(words)
    // ("Le Pen" after "Marine Le Pen": a surname that opens with a particle ends the fuller name; not "Jeet Heer"
    // after "New Republic’s Jeet Heer", whose fuller run holds more than a name)
    const longer = words.length === 1 || NAME_PARTICLES.has(words[0]) ? this.fuller.get(words[words.length - 1]) : undefined
    // ("Mr Park" after "Central Park": place-surnames.ts)
    const fuller = longer && longer.words.length > words.length && words.every((w, k) => w === longer.words[longer.words.length - words.length + k]) &&
      !(name.honorific && longer.place) ? longer : undefined
    if (!entity && fuller) {
      entity = this.registry.create('person', fuller.written, fuller.words, { title: name.title, gender: name.gender, honorific: name.honorific })
    } else if (!entity) {
      entity = this.registry.create(name.kind === 'organization' ? 'organization' : 'person',
        words.length === 1 && name.honorific ? `${name.honorific} ${writtenName}` : writtenName,
        words, { title: name.title, gender: name.gender, honorific: name.honorific })
      if (words.length > 1 && introducedAsKin(tokens, name.from)) entity.kin = true
    } else {
      this.registry.addName(entity, words, writtenName)
      entity.title = entity.title ?? name.title
      entity.gender = entity.gender ?? name.gender
      entity.honorific = entity.honorific ?? name.honorific
    }
    if (name.age !== undefined) entity.age ??= name.age
    if (name.honorific || tokens.slice(name.from, name.to).some((t) => tagged(t, 'Person') || tagged(t, 'FirstName') || tagged(t, 'LastName'))) {
      entity.personTagged = true
    }
    if (tokens.slice(name.from, name.to).some((t) => tagged(t, 'Place') || tagged(t, 'Organization') || tagged(t, 'Date'))) entity.placeTagged = true
    const alias = (name.honorific ? `${name.honorific} ` : '') + writtenName
    this.registry.mention(entity, {
      start, sentence: name.sentence, background: this.background(start) || comparedWith(tokens, name.from),
      subject: subject ?? this.c.isSubject(name.from, name.to),
    }, alias)
    this.genderCues.name(entity, tokens, name)
    return entity
  }

  /**
   * The body a name is already registered as, when no person of that name is known: "Northwind", "Kestrel"; not a
   * person's name the tagger knows, a first name or a word of the lexicon, which a body found by its verb or its
   * possessive may be ("Demi touched the rose … Demi said", "Rush’s close friends … Rush insisted").
   */
  private bodyNamed(name: TokenRange, start: number): Entity | undefined {
    const words = this.nameWords(name)
    if (words.length === 0 || this.registry.findPerson(words, start)) return undefined
    // ("Shares in Quillmore rose … Quillmore said": a body by its context, whatever the tagger reads it as; body-votes.ts)
    const voted = this.registry.findByKey(words.join(' '), 'organization')
    if (voted?.votedBody) return voted
    if (this.c.tokens.slice(name.from, name.to).some((t) => tagged(t, 'Person') || tagged(t, 'FirstName') || tagged(t, 'LastName'))) return undefined
    // (under --no-name-gender no first name is looked up: "Demi" may then be the body)
    if (words.length === 1 && (isCommonWord(words[0]) || (this.c.nameGender !== false && firstNameGender(words[0])))) return undefined
    return this.registry.findByKey(words.join(' '), 'organization')
  }

  /** Whether a word is the surname of a person named in full before `start` ("Vandermeer" after "Tom Vandermeer"). */
  private surnameOfSomeone(t: Token, start: number): boolean {
    const key = nameKey(t.text)
    const person = this.registry.findPerson([key], start)
    return !!person && person.words.length > 1 && person.words[person.words.length - 1] === key
  }

  private nameWords(name: TokenRange): string[] {
    return wordsOf(this.c.tokens, name)
  }

  /**
   * The entity a speaker phrase names; speaker phrases are subjects of their reporting verb. `reported`: where the
   * words the phrase's verb reports begin (a pronoun after them means no one named in them).
   */
  resolve(r: TokenRange, lastSpeaker: Entity | null = null, reported?: number): Resolution {
    const { tokens } = this.c
    const start = tokens[r.from].start
    const first = tokens[r.from]
    if (r.to - r.from === 1 && (tagged(first, 'Pronoun') || ['he', 'she', 'they', 'it', 'who'].includes(first.normal))) {
      // "he’s said", "they’ve said": the pronoun of the contraction
      // ("according to him": a source in the object case is the same person as "he")
      const word = first.normal.replace(/['’](s|ve|d|ll|re)$/, '')
      return resolvePronoun(this, SUBJECT_CASE[word] ?? word, start, first.sentence, lastSpeaker, reported)
    }
    // "Ms Lee and Mr Hale said": two people speaking together, a group of their own
    if (isPair(tokens, r)) return { entity: this.addGroup(r, true), rule: 'people' }
    // "he and Mr Allen said": the pronoun's person and the one named (pronoun-pairs.ts)
    const pronounPair = resolvePronounPair(this, r, lastSpeaker)
    if (pronounPair) return pronounPair
    // "professor Jane Albury at the University of Hadley": the name before the phrase that places it
    // ("An article in the Gazette": the piece, whose outlet `description` finds, not a person called Gazette)
    // ("Research conducted by the charity shows …": a writing's word that opens the sentence, documents.ts)
    const name = pieceIn(tokens, r) || writingOpensSentence(tokens, r) ? null : nameInPhrase(tokens, r) ?? nameBeforePlace(tokens, r)
    // (the name's own last word: "Tom Hale of the Department of Emergency Services" is no plural)
    const end = name?.to ?? r.to
    const plural = pluralHead(tokens[end - 1], tokenAt(tokens, end - 2)) && !tagged(tokens[end - 1], 'Place')
    // ("the Tories", "the Wisconsin Republican" name no one; "the 28-year-old Moreno" names Moreno, and so does
    // "the 28-year-old Vandermeer" after "striker Tom Vandermeer": a surname the article gave a person already)
    // ("the Scot said" is one of a people, though "Scot" is a first name too)
    // (not "At the time Lord Hadley said", "the Lord Chancellor Lord Reyes said": an honorific before the word
    // makes it a person's name, whatever words come before it)
    const theName = name !== null && name.to - name.from === 1 && DEFINITE.has(first.normal) && name.from > r.from && !name.honorific &&
      (isNational(tokens, name.from) || (!knownSurname(tokens[name.from]) && !this.surnameOfSomeone(tokens[name.from], start)))
    if (name && !plural && name.kind !== 'organization' && !theName) {
      // "Tories said …" after "the Tories": the group named before, not a person called Tories
      const group = name.to - name.from === 1 ? this.registry.findByKey(nameKey(tokens[name.from].text), 'group') : undefined
      if (group) {
        this.registry.mention(group, { start, sentence: first.sentence, background: false, subject: true }, written(tokens, r, this.c.text))
        return { entity: group, rule: 'group' }
      }
      // ("Kestrel-Net bets on … Kestrel-Net said it was seeing …": a name registered as a body is that body, not a person of
      // the same name, when no person has it)
      const body = this.bodyNamed(name, start)
      if (body) {
        this.registry.mention(body, { start, sentence: first.sentence, background: false, subject: true }, written(tokens, r, this.c.text))
        return { entity: body, rule: 'name-body' }
      }
      const entity = this.addName({ ...name, kind: 'person' }, true)
      noteLaterMentions(this.registry, tokens, entity, name.from, this.c.isSubject, (o) => this.background(o))
      return { entity, rule: 'name' }
    }
    return resolveDescription(this, r, start)
  }

  /** Quotes, captions and an interview's labels ("((WN))"): names there are nobody "he" or "they" means next. */
  background(offset: number): boolean {
    if (this.c.background(offset)) return true
    const block = blockAt(this.c.transcript, offset)
    return !!block && offset < block.labelEnd
  }

  /**
   * Who "I" is in an interview's labelled block: "((Ann Reyes))  I grew up on a boat …" is Ann Reyes; "AR: I …"
   * the person the article named whose initials these are; "((WN))" Wikinews asking.
   */
  labelled(start: number): Entity | null {
    const block = blockAt(this.c.transcript, start)
    if (!block) return null
    const asker = asksFor(block.label)
    if (asker === 'Wikinews') return this.organization('wikinews', asker)
    if (asker) return this.registry.findByKey('interviewer', 'anonymous') ?? this.registry.create('anonymous', asker, ['interviewer'])
    const people = this.registry.entities.filter((e) => e.kind === 'person')
    if (block.initials) {
      const initials = block.label.toLowerCase()
      const byInitials = people.find((e) => e.words.length > 1 && e.words.map((w) => w[0]).join('') === initials)
      // ("LEE:" after "Sen. Jane Lee": a surname in capitals, not initials)
      return byInitials ?? this.registry.findEndingWith([nameKey(block.label)]) ?? null
    }
    const words = block.label.split(/\s+/).map(nameKey).filter(Boolean)
    if (words.length === 1 && /^a$/.test(words[0])) return null
    return this.registry.findPerson(words, start) ?? this.registry.findEndingWith(words) ?? this.registry.create('person', block.label, words)
  }
}

/**
 * A name someone is compared with is no one the story turns to next: "I’m talking about Alfonso Reyes, who like
 * Montalban was born in Mexico. “…,” says the 39-year-old founder" is Reyes, not Montalban ("like", "unlike" right
 * before the name, after a comma or a relative pronoun: not "Nurses like Albury said", where "like" names examples).
 */
function comparedWith(tokens: Token[], from: number): boolean {
  const word = tokenAt(tokens, from - 1)
  const before = tokenAt(tokens, from - 2)
  if (!word || !/^(like|unlike)$/.test(word.normal) || word.sentence !== tokens[from].sentence) return false
  return !before || before.sentence !== word.sentence || /,/.test(before.post) || /^(who|which|that)$/.test(before.normal)
}

/** The initials of a body's name, lower-cased ("Northwind Export Finance" → "nef"), or null for one word. */
function acronymOf(words: Token[]): string | null {
  const significant = words.filter((t) => !/^(of|for|and|the|on|in|&)$/.test(t.normal))
  if (significant.length < 2 || !significant.every((t) => /^\p{Lu}/u.test(t.text))) return null
  return significant.map((t) => t.text[0].toLowerCase()).join('')
}

/**
 * The name before a phrase that places it: "Marine biology professor Jane Albury at the University of Hadley", "his
 * partner Ann Rowan on Instagram", "Sen. Ann Reyes on Wednesday morning", "Tom Hale near the gate" (the words phrases.ts lets
 * run on past a name: "behind", "near", "across" too).
 */
function nameBeforePlace(tokens: Token[], r: TokenRange): NameMention | null {
  for (let i = r.from + 1; i < r.to; i++) {
    if (!/^(at|of|from|in|with|on|via|near|behind|across)$/.test(tokens[i].normal)) continue
    const name = nameInPhrase(tokens, { from: r.from, to: i })
    // ("Officials in the city said": a common noun capitalised at the sentence's start is no name)
    // ("Democrats in Congress said": a people or a party in the plural is a group, not a person's name)
    const common = !!name && name.to - name.from === 1 && (!['Person', 'ProperNoun', 'Organization'].some((tag) => tagged(tokens[name.from], tag)) ||
      GROUP_NOUNS.has(tokens[name.from].normal))
    return name && name.to === i && !common ? name : null
  }
  return null
}

/** A word the tagger knows for a surname or a first name, and for nothing else: "Moreno" (not "Republican", "Kremlin"). */
function knownSurname(t: Token): boolean {
  return (tagged(t, 'LastName') || tagged(t, 'FirstName')) && !tagged(t, 'Place') && !tagged(t, 'Organization') && !TITLE_WORDS.has(t.normal)
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

/** Relatives a full name may be introduced as, after a possessive: "his son, Hunter Biden", "Mr Hale's wife Jane Hale". */
const RELATIVES = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'widow',
  'grandson', 'granddaughter', 'stepson', 'stepdaughter'])

/** Whether the name at `from` follows a relative's word and a possessive: "his son, Hunter Biden". */
function introducedAsKin(tokens: Token[], from: number): boolean {
  const kin = tokenAt(tokens, from - 1)
  const owner = tokenAt(tokens, from - 2)
  if (!kin || !owner || kin.sentence !== tokens[from].sentence || !RELATIVES.has(kin.normal)) return false
  return /^(his|her|their)$/.test(owner.normal) || tagged(owner, 'Possessive') || /['’]s$/.test(owner.text)
}
