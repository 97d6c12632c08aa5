// What the article says about each entity's gender, noted while the resolver links words to entities:
//   a pronoun it resolved     "“We were lucky,” she said."         → she (female)
//   an honorific              "Mr Ortiz"                           → Mr (male)
//   a gendered title or role  "spokeswoman Ana Ruiz", "his mother" → spokeswoman, mother (female)
// Only words that refer to the entity itself count: in "the victim’s mother" the mother is a woman and the
// victim nothing; in "his lawyer" the lawyer is nothing ("his" is someone else); in "the lawyer for her son"
// the lawyer is nothing either.
import type { GenderEvidence } from '../../model'
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { isCommonWord, isFirstNameWord } from '../../nlp/compromise'
import { honorificGender, isRoleWord, pronounGender, titleGender } from '../lexicon/gendered-words'
import { ORGANIZATION_NOUNS, PERSON_ROLES } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import { nameKey, type Entity } from './entities'
import type { NameMention } from './names'

/** Words after which a phrase's head is over: "the mother of the victim", "a spokeswoman for the police". */
const HEAD_ENDS = /^(of|for|at|with|from|by|to|in|on|who|whose|that|and|or)$/

export type GenderCue = Required<Pick<GenderEvidence, 'kind' | 'gender' | 'text' | 'start' | 'end'>>

export class GenderCues {
  private readonly byEntity = new Map<Entity, GenderCue[]>()
  /** Entities named as people are: a first or last name the tagger knows, an honorific or a title. */
  private readonly named = new Set<Entity>()

  /**
   * Whether the article names the entity as a person ("Jill Stein", "Ms Moore", "Nato secretary general Mark
   * Rutte", "Schumer"), not by a capitalised run the resolver took for one ("The New York Post", "Presidential
   * Debates", a dateline "CHARLOTTE"): only such a person takes the pronouns around it (gender-pronouns.ts).
   */
  namedAsPerson(entity: Entity): boolean {
    return this.named.has(entity)
  }

  /** The cues noted for an entity, in the order noted. */
  of(entity: Entity): GenderCue[] {
    return this.byEntity.get(entity) ?? []
  }

  /** Whether the article has said anything about an entity's gender yet. */
  given(entity: Entity): boolean {
    return this.of(entity).length > 0
  }

  /** Whether the article has said the entity is of the other gender ("a spokeswoman for Hale" is no "he"). */
  against(entity: Entity, gender: GenderCue['gender']): boolean {
    return this.of(entity).some((c) => c.gender !== gender)
  }

  /** "she said", "her statement": a pronoun the resolver took to mean `entity`; `start` is where it is written. */
  pronoun(entity: Entity, text: string, start: number, word: string): void {
    const gender = pronounGender(word)
    if (gender) this.add(entity, { kind: 'pronoun', gender, text: text.slice(start, start + word.length), start, end: start + word.length })
  }

  /** A name as written: its honorific ("Ms Major") and the gendered words of its title ("Jane Doe, a spokeswoman for …"). */
  name(entity: Entity, tokens: Token[], name: NameMention): void {
    const nameTokens = tokens.slice(name.from, name.to)
    const shouted = nameTokens.every((t) => !/\p{Ll}/u.test(t.text))
    const known = nameTokens.some((t) => ['FirstName', 'LastName', 'MaleName', 'FemaleName'].some((tag) => t.tags.has(tag)))
    // "the Conservative Party", "the Liberal Democrats": a name ending in a body's noun or a plural (of a role) is
    // a body's, even after a word the resolver read as a title ("Senator Georgia Hale" is a person's: a place's
    // name may be one)
    const last = nameTokens[nameTokens.length - 1]
    const bodyHead = ORGANIZATION_NOUNS.has(last.normal) || tagged(last, 'Organization') || tagged(last, 'Plural') || pluralRole(last.normal)
    // "The New York Post", "Presidential Debates": a place, a body or a plural is no one's name ("Schumer" may be)
    const body = bodyHead || nameTokens.some((t) => tagged(t, 'Place') || tagged(t, 'Organization') || ORGANIZATION_NOUNS.has(t.normal))
    // "Labour claims he had used …": one word the lexicon holds as a common noun, with no honorific, title or
    // name tag, is a party or a thing the resolver took for a person, not someone's name ("Okonkwo" may be);
    // but the surname of someone named in full ("Pen" after "Marine Le Pen") is theirs
    const common = nameTokens.length === 1 && entity.words.length === 1 && isCommonWord(nameKey(nameTokens[0].text))
    if (name.honorific || (name.title && (known || !bodyHead)) || (!shouted && (known || (!body && !common)))) this.named.add(entity)
    const before = tokenAt(tokens, name.from - 1)
    if (name.honorific && before && before.text === name.honorific) {
      const gender = honorificGender(before.normal)
      if (gender) this.add(entity, { kind: 'honorific', gender, text: before.text, start: before.start, end: before.end })
    }
    // "Assemblywoman Kiri Tane", "Businessman Tom Reyes": a gendered role the name took in at its head
    for (const t of leadingRoles(nameTokens)) {
      const gender = titleGender(t.text)
      if (gender) this.add(entity, { kind: 'title', gender, text: t.text, start: t.start, end: t.end })
    }
    if (!name.title) return
    // the title's own words (not a possessor's: "Mr Putin’s foreign policy adviser"), found beside the name
    const words = name.title.split(/\s+/)
    for (const word of headWords(words).map((i) => words[i])) {
      const gender = titleGender(word)
      const token = gender ? nearestToken(tokens, name, word) : null
      if (gender && token) this.add(entity, { kind: 'title', gender, text: token.text, start: token.start, end: token.end })
    }
  }

  /** A description resolved to `entity`: "the chairwoman", "a female official", "the victim’s mother". */
  phrase(entity: Entity, tokens: Token[], r: TokenRange): void {
    const range = tokens.slice(r.from, r.to)
    for (const i of headWords(range.map((x) => x.text))) {
      const t = range[i]
      const gender = titleGender(t.text)
      // "Tom King": a surname after a first name, not a title
      const surname = i > 0 && isCapitalized(t) && (tagged(range[i - 1], 'FirstName') || tagged(range[i - 1], 'Person'))
      if (gender && !surname && !tagged(t, 'Pronoun')) this.add(entity, { kind: 'title', gender, text: t.text, start: t.start, end: t.end })
    }
  }

  /** `into` takes what was noted for `from`, one person named two ways ("Jane" and later "Jane Sanders"). */
  join(from: Entity, into: Entity): void {
    for (const cue of this.of(from)) this.add(into, cue)
    if (this.named.has(from)) this.named.add(into)
  }

  private add(entity: Entity, cue: GenderCue): void {
    const list = this.byEntity.get(entity) ?? []
    // a name registered twice (found in the text, then again as a quote's speaker) is one piece of evidence
    if (!list.some((c) => c.start === cue.start)) list.push(cue)
    this.byEntity.set(entity, list)
  }
}

/** "democrats", "republicans": the plural of a noun for a person by role names a group. */
function pluralRole(word: string): boolean {
  return /[^s]s$/.test(word) && PERSON_ROLES.has(word.slice(0, -1))
}

/**
 * The words at the head of a name that are role nouns, not names: "Assemblywoman" in "Assemblywoman Kiri Tane"
 * (a role the tagger does not hold as a title stays in the name). At least one word is left for the name itself
 * ("King" alone, as in "Tom King", is never taken).
 */
function leadingRoles(nameTokens: Token[]): Token[] {
  let n = 0
  const firstName = (t: Token) => ['FirstName', 'MaleName', 'FemaleName'].some((tag) => t.tags.has(tag))
  while (n < nameTokens.length - 1 && !firstName(nameTokens[n]) && isRoleWord(nameTokens[n].text, isFirstNameWord)) n++
  return nameTokens.slice(0, n)
}

/**
 * Where the words of a phrase that describe the one it names: up to "of", "for", … and after any possessive
 * ("the victim’s mother" → mother; "Mr Putin’s foreign policy adviser" → foreign policy adviser).
 */
function headWords(words: string[]): number[] {
  let kept: number[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase()
    if (HEAD_ENDS.test(w)) break
    if (/[’']s?$/.test(w) && w.length > 2) { kept = []; continue }
    kept.push(i)
  }
  return kept
}

/** The token spelling `word` nearest to the name, in its sentence: where the title was written. */
function nearestToken(tokens: Token[], name: NameMention, word: string): Token | null {
  let best: Token | null = null
  let bestDistance = Infinity
  const lower = word.toLowerCase()
  for (let i = Math.max(0, name.from - 10); i < Math.min(tokens.length, name.to + 16); i++) {
    const t = tokens[i]
    if (t.sentence !== name.sentence || t.text.toLowerCase() !== lower) continue
    const distance = i < name.from ? name.from - i : i - name.to
    if (distance < bestDistance) { best = t; bestDistance = distance }
  }
  return best
}
