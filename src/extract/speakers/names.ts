// Names in the article, with the title or role written next to them:
//   "US president Donald Trump"                      → Donald Trump, title "US president"
//   "Yuri Ushakov, Mr Putin’s foreign policy adviser," → Yuri Ushakov, title "Mr Putin’s foreign policy adviser"
//   "Mr Zelenskiy"                                    → Zelenskiy, honorific "Mr" (a man)
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { FEMALE_HONORIFICS, GROUP_NOUNS, HONORIFICS, MALE_HONORIFICS, membersPlural, NAME_PARTICLES, ORGANIZATION_NOUNS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { breaksAfter, isCapitalized, tagged, writtenPossessive, type TokenRange } from '../phrases'
import { roleGender } from '../lexicon/gendered-words'
import { joinsWithinName } from '../name-joins'
import { labelBeforeName } from './name-labels'
import { openerBeforeHonorific } from './opener-before-honorific'

export type Gender = 'm' | 'f' | null

export interface NameMention extends TokenRange {
  kind: 'person' | 'organization' | 'unknown'
  honorific: string | null
  title: string | null
  gender: Gender
  sentence: number
  /** An age written after the name: "Tom Okafor, 32, said …". */
  age?: number
}

/** ", 32," after a name: the person's age. */
function ageAfter(tokens: Token[], last: number): number | undefined {
  const t = tokenAt(tokens, last + 1)
  if (!t || !/^,$/.test(tokens[last].post) || !/^\d{1,3}$/.test(t.text) || !/^,|^\.?$/.test(t.post)) return undefined
  return Number(t.text)
}

const PARTICLES = NAME_PARTICLES
// (and the words that open a sentence's phrase or clause, which the tagger may read as a name inside a quote:
// "“Nigeria is big. Without Nigeria the zone would fail.”" names no person "Without Nigeria")
const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'it', 'he', 'she', 'we', 'they', 'you', 'but', 'and', 'or', 'in', 'on', 'at', 'as', 'if', 'so',
  'without', 'within', 'despite', 'although', 'though', 'unless', 'whereas', 'amid', 'among', 'throughout', 'because', 'since', 'until', 'while', 'during', 'upon'])

const isHonorific = (t: Token | undefined) => !!t && (HONORIFICS.has(t.normal) || (tagged(t, 'Honorific') && !TITLE_WORDS.has(t.normal)))
const roleWord = (w: string) => TITLE_WORDS.has(w) || PERSON_ROLES.has(w)
// ("co-author", "vice-chairman", "ex-minister": a role with a prefix is that role)
const isTitleWord = (t: Token | undefined) => !!t && (roleWord(t.normal) || roleWord(t.normal.replace(/^(co|vice|ex|deputy)-/, '')))

/** Letters written after a person's name for an office or an honour: "Philippe Sands QC", "Jane Hale MP", "Tom Roe OBE". */
const POST_NOMINALS = new Set(['QC', 'KC', 'MP', 'MSP', 'MEP', 'MLA', 'MPP', 'MHA', 'TD', 'AM', 'MS', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'PhD'])
/** The letters of an elected office, whose holder sits for a seat: "the Dunmore West MP". */
const OFFICE_LETTERS = new Set(['MP', 'MSP', 'MEP', 'MLA', 'MPP', 'MHA', 'TD', 'AM', 'MS'])

/**
 * Where a name ends before the letters after it: "Philippe Sands QC" is Philippe Sands, whom "Mr Sands" names later
 * (two words of the name stay, or one after an honorific: "Mr Hale MP"; "Hale MP" alone is left as it is).
 */
function beforePostNominals(tokens: Token[], from: number, to: number, honorific: boolean): number {
  while (to - from > (honorific ? 1 : 2) && POST_NOMINALS.has(tokens[to - 1].text)) to--
  return to
}

/** A word that can be part of a name: capitalised, a proper noun, and no title, month or pronoun. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || !isCapitalized(t) || NOT_NAMES.has(t.normal)) return false
  if (isHonorific(t) || isTitleWord(t)) return false
  if (tagged(t, 'Pronoun') || tagged(t, 'Date') || tagged(t, 'Month') || tagged(t, 'WeekDay')) return false
  return tagged(t, 'Person') || tagged(t, 'ProperNoun') || tagged(t, 'Organization') || tagged(t, 'Acronym') || (tagged(t, 'Noun') && !tagged(t, 'Determiner'))
}

/**
 * A word of a role or of time right after a first name is a surname: "Tom Farmer", "Anna Singer", "Dan Dean", "Jane
 * Day" (not "Tom, a farmer", nor "Farmer Tom").
 */
function surnameAt(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  // (so is a word of time the tagger reads as a date: "Jane Day", "Tom Winter"; not a weekday, "Tom Friday" being
  // rarer than "told Tom Friday")
  const timeWord = !!t && (tagged(t, 'Date') || tagged(t, 'Duration')) && !tagged(t, 'WeekDay') && !tagged(t, 'Value') && /^\p{Lu}\p{Ll}+$/u.test(t.text)
  return !!before && isCapitalized(t) && (isTitleWord(t) || timeWord) && !isHonorific(t) && before.post === '' && before.sentence === t.sentence &&
    tagged(before, 'FirstName') && isNameWord(before)
}

/**
 * A role word after an honorific is a surname the article gave before after a first name: "For Rick Dean, director
 * of …, … Mr Dean is confident" (not "Mr President", "Madam Speaker": no "Joe President" came before).
 */
function honorificSurnameAt(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  if (!before || before.post !== '' || !isHonorific(before) || !isCapitalized(t) || !isTitleWord(t)) return false
  for (let j = 1; j < i - 1; j++) if (tokens[j].normal === t.normal && surnameAt(tokens, j)) return true
  return false
}

/** Whether token i is a word of a name, in its place: a name word, or a role word used as a surname. */
const nameWordAt = (tokens: Token[], i: number) => isNameWord(tokens[i]) || surnameAt(tokens, i) || honorificSurnameAt(tokens, i)

function genderOf(tokens: Token[], from: number, honorific: string | null): Gender {
  if (honorific && MALE_HONORIFICS.has(honorific.toLowerCase())) return 'm'
  if (honorific && FEMALE_HONORIFICS.has(honorific.toLowerCase())) return 'f'
  if (tagged(tokens[from], 'MaleName')) return 'm'
  if (tagged(tokens[from], 'FemaleName')) return 'f'
  return null
}

/** Role words written just before a name, back to a determiner or verb: "Nato secretary general". */
function titleBefore(tokens: Token[], at: number, floor: number): string | null {
  // "the mayor of Hadley": a name right after "of" is what the role is of, not who holds it
  if (at > floor && /^(of|for|at|from|in)$/.test(tokenAt(tokens, at - 1)?.normal ?? '')) return null
  let from = at
  let hasRole = false
  for (let i = at - 1; i >= floor && i > at - 7; i--) {
    const t = tokens[i]
    if (breaksAfter(t)) break
    if (isTitleWord(t) || occupationBeforeName(tokens, i)) { hasRole = true; from = i; continue }
    if (t.normal === 'of' && i > floor && isTitleWord(tokenAt(tokens, i - 1))) { from = i; continue }
    // "police Chief Tom Okafor": the tagger's verb "police" is a noun here
    const body = GROUP_NOUNS.has(t.normal) || ORGANIZATION_NOUNS.has(t.normal)
    if (tagged(t, 'Determiner') || (tagged(t, 'Verb') && !tagged(t, 'Noun') && !body) || tagged(t, 'Preposition') || tagged(t, 'Pronoun')) break
    if (tagged(t, 'Adjective') || tagged(t, 'Noun') || tagged(t, 'ProperNoun') || tagged(t, 'Value') || isCapitalized(t)) { from = i; continue }
    break
  }
  if (!hasRole || from === at) return null
  // start the title at its first role or modifier word, never at a stray capitalised sentence opener
  return tokens.slice(from, at).map((t, k, all) => t.text + (k < all.length - 1 ? ' ' : '')).join('').trim() || null
}

/** ", a spokesman for Hadley’s flood relief agency," after a name; ", 45, a businessman," too. */
function titleAfter(tokens: Token[], last: number, ceil: number): string | null {
  if (!/,/.test(tokens[last].post)) return null
  let from = last + 1
  if (from >= ceil) return null
  // "Kiri Tane, 45, a businessman, said": the age between the name and the role
  if (/^\d{1,3}$/.test(tokens[from].text) && tokens[from].post.startsWith(',') && from + 1 < ceil) from++
  if (['a', 'an', 'the'].includes(tokens[from].normal)) from++
  let hasRole = false
  let to = from
  for (let i = from; i < ceil && i < from + 12; i++) {
    const t = tokens[i]
    if (tagged(t, 'Verb') && !tagged(t, 'Noun') && !isTitleWord(t)) return null
    // gendered roles too: "a businessman", "a mother of three", "an assemblywoman from Reno"
    // (not the owner in ", his son's high school track team": a possessive role describes what follows it)
    if (PERSON_ROLES.has(t.normal) || TITLE_WORDS.has(t.normal) || (roleGender(t.normal) !== null && !tagged(t, 'Possessive') && !/['’]s$/.test(t.text))) hasRole = true
    to = i + 1
    if (breaksAfter(t)) break
  }
  if (!hasRole || to <= from) return null
  const first = tokens[from], lastToken = tokenAt(tokens, to - 1)
  const text = first.text + (to - 1 > from ? ` ${tokens.slice(from + 1, to).map((t) => t.text).join(' ')}` : '')
  return lastToken && text ? text.replace(/\s+/g, ' ') : null
}

function classify(tokens: Token[], r: TokenRange, honorific: string | null, title: string | null): NameMention['kind'] {
  if (honorific || title) return 'person'
  let org = false, person = false
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i]
    if (tagged(t, 'Person') || tagged(t, 'FirstName') || tagged(t, 'LastName')) person = true
    if (tagged(t, 'Organization') || ORGANIZATION_NOUNS.has(t.normal)) org = true
  }
  // "NEF declined to answer": an acronym that is no place stands for a body
  const only = tokens[r.from]
  if (!person && r.to - r.from === 1 && /^\p{Lu}{2,6}$/u.test(only.text) && tagged(only, 'Acronym') && !tagged(only, 'Place')) org = true
  if (org) return 'organization'
  return person ? 'person' : 'unknown'
}

/** The name that ends a phrase, if the phrase ends in one: "Nato secretary general Mark Rutte" → "Mark Rutte". */
/**
 * An occupation the tagger knows, capitalised at the start of a sentence or a heading and right before a first name,
 * is the person's role, no part of the name: "Guitarist Brian Tate said …", "Filmmaker Jack Marino said …".
 */
function occupationBeforeName(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1)
  // ("American Tom Hale", "Referee Tom Hale", "MEP Tom Hale": name-labels.ts)
  if (labelBeforeName(tokens, i)) return true
  return tagged(t, 'Actor') && !tagged(t, 'Person') && !tagged(t, 'ProperNoun') && !tagged(t, 'FirstName') && !tagged(t, 'LastName') &&
    !!next && next.sentence === t.sentence && !breaksAfter(t) && tagged(next, 'FirstName')
}

export function nameInPhrase(tokens: Token[], r: TokenRange): NameMention | null {
  // ("Jane Hale MP said": the letters after the name, some of them a role's, end no name)
  if (r.to - r.from > 1 && POST_NOMINALS.has(tokens[r.to - 1].text)) {
    // ("said the Dunmore West MP": after "the", the words before an office's letters are its seat, and the phrase
    // describes whoever holds it)
    // (office letters only, with no person's name before them: "said the actor Tom Hale OBE" is Hale)
    if (tokens[r.from].normal === 'the' && OFFICE_LETTERS.has(tokens[r.to - 1].text) &&
      !tokens.slice(r.from + 1, r.to - 1).some((t) => tagged(t, 'Person') || tagged(t, 'FirstName'))) return null
    const inner = nameInPhrase(tokens, { from: r.from, to: r.to - 1 })
    if (inner && inner.to === r.to - 1) return inner
  }
  let from = r.to
  for (let i = r.to - 1; i >= r.from; i--) {
    const t = tokens[i]
    // ("Germany’s Tommy Hale": a place's possessive before the name is no part of it; in "the Alachua Sheriff’s
    // Office" it is part of a body's name)
    // (an owner in capitals is no part of it either: "the UN’s Food & Agriculture Organisation")
    if (i < r.to - 1 && from < r.to && writtenPossessive(t) && (!(isCapitalized(t) && ORGANIZATION_NOUNS.has(tokens[r.to - 1].normal)) || /^\p{Lu}{2,}['’]s$/u.test(t.text))) break
    // ("Juan de los Santos": "los" after "de", never alone, "the Las Vegas Strip" keeping its "Las")
    // ("the Food & Agriculture Organisation": "&" between two capitals joins one name; so does "and" before the
    // rest of a body's name, "the Food and Drug Administration", or in a firm's, "Marks and Spencer", name-joins.ts)
    const particle = PARTICLES.has(t.normal) || (/^(los|las)$/.test(t.text) && tokenAt(tokens, i - 1)?.normal === 'de') || (from < r.to && joinsWithinName(tokens, i))
    if ((nameWordAt(tokens, i) && !occupationBeforeName(tokens, i)) || (particle && from < r.to)) { from = i; continue }
    break
  }
  // (a particle written with a capital opens a name: "Al Jazeera", "Le Monde", "De Gea")
  while (from < r.to && (PARTICLES.has(tokens[from].normal) && !isCapitalized(tokens[from]) || /^(&|and)$/.test(tokens[from].normal))) from++
  if (from >= r.to) return null
  // a possessive inside the phrase belongs to a modifier ("Mr Putin’s foreign policy adviser"), not to the head
  if (from < r.to - 1 && tagged(tokens[r.to - 1], 'Possessive')) return null
  // "Secretary of State Jane Albury": an office's domain, then the name of who holds it
  const holder = afterOfficeDomain(tokens, from, r)
  // so does a name after "for" or "of": "A spokeswoman for Hale", "the clerk of the House of Commons", "the
  // Commission on Public Debates"
  if (holder === from && from > r.from && /^(for|of|at|with|from|in|to|on)$/.test(tokenAt(tokens, from - 1)?.normal ?? '')) return null
  // ("On top of the deal with Tanzania Mr Brown said": an honorific after a place's name, no comma between, opens the
  // subject; "a spokeswoman for Mr Hale" still names Hale's spokeswoman)
  const place = tokenAt(tokens, from - 2)
  // ("On the third morning of hearings at the inquiry Mr Hale said": opener-before-honorific.ts)
  const newPhrase = isHonorific(tokenAt(tokens, from - 1)) && from - 2 >= r.from &&
    ((!!place && isCapitalized(place) && tagged(place, 'Place') && !isTitleWord(place)) || openerBeforeHonorific(tokens, r, from))
  // ("fans in the United States", "wrote Tom Hale in the Gazette": after "in", the capitals are where; not "an
  // article in the Gazette by Ann Reyes", whose name comes after "by")
  // (only where the name opens right after "in" or "in the", so that its capitals are the place itself)
  const placeAfterIn = (i: number) => tokens[i].normal === 'in' && (from === i + 1 || (from === i + 2 && tokens[i + 1].normal === 'the'))
  for (let i = r.from; i < from && holder === from && !newPhrase; i++) {
    if ((/^(for|of|at|with|from|to)$/.test(tokens[i].normal) || placeAfterIn(i)) && !officeInLowerCase(tokens, i, from) && !bodyThenRole(tokens, r.from, i, from)) return null
  }
  from = holder
  const honorific = from > r.from && isHonorific(tokenAt(tokens, from - 1)) ? tokenAt(tokens, from - 1)?.text ?? null : null
  const titleAt = honorific ? from - 1 : from
  const title = titleBefore(tokens, titleAt, r.from) ?? titleAfter(tokens, r.to - 1, tokens.length)
  const mention: NameMention = {
    from, to: beforePostNominals(tokens, from, r.to, honorific !== null), honorific, title, kind: 'unknown', gender: genderOf(tokens, from, honorific), sentence: tokens[from].sentence,
  }
  mention.kind = classify(tokens, mention, honorific, title)
  // "marketing company Northwind warned …", "the mining firm Kestrel said": the word before says what the name is
  const kindWord = tokenAt(tokens, from - 1)
  if (mention.kind === 'unknown' && from > r.from && kindWord && !isCapitalized(kindWord) && ORGANIZATION_NOUNS.has(kindWord.normal)) mention.kind = 'organization'
  return mention
}

/**
 * "House of Commons Speaker Jane Albury", "Department of Transport official Tom Okafor": a body's name holding "of",
 * then a role and the name of who holds it; not "a spokeswoman for Acme chief Tom Hale" (a role before the
 * preposition speaks for the name), nor "the clerk of the House" (no role between the body and a name).
 */
function bodyThenRole(tokens: Token[], floor: number, prep: number, name: number): boolean {
  const role = isHonorific(tokenAt(tokens, name - 1)) ? name - 2 : name - 1
  if (role <= prep + 1 || !isTitleWord(tokenAt(tokens, role)) || !isCapitalized(tokens[prep + 1])) return false
  for (let i = floor; i < prep; i++) if (isTitleWord(tokens[i])) return false
  return tokens.slice(prep + 1, role).every((t) => isCapitalized(t) || /^(of|and|&)$/.test(t.normal))
}

/**
 * "secretary of state Jane Albury", "minister of health Tom Okafor", "spokesman for transport Tom Hale": an office and
 * its domain in lower case, then the name of who holds it; not "a spokeswoman for the mayor Tom Hale", whose name is
 * the mayor's.
 */
function officeInLowerCase(tokens: Token[], of: number, name: number): boolean {
  // ("co-author of the study Tom Hale": an article too, when a first name the tagger knows opens the name; not "star of
  // the reality TV show The Apprentice", whose capitals name the show)
  // ("shadow spokesman for transport Tom Hale", "minister for health Ruth Okafor": "for" and a domain too; not "a
  // spokeswoman for the mayor Tom Hale")
  const the = tokens[of].normal === 'of' && tokenAt(tokens, of + 1)?.normal === 'the' && tagged(tokenAt(tokens, name), 'FirstName') ? 1 : 0
  if (!/^(of|for)$/.test(tokens[of].normal) || !isTitleWord(tokenAt(tokens, of - 1)) || name - of - the > 3 || name - of - the < 2) return false
  return tokens.slice(of + 1 + the, name).every((t) => !isCapitalized(t) && tagged(t, 'Noun') && !tagged(t, 'Determiner'))
}

/**
 * Where the name starts in a run of capitals after an office and "of": "Secretary of | State | Jane Albury",
 * "Minister of | Home Affairs | Tom Okafor". At the first word the tagger knows for part of a person's name, one
 * word earlier when that is the last ("Tom Okafor"), else the last two words. Not when the run is under three
 * words: "the mayor of Hadley" names no one, "the president of Acme Corp" holds no name.
 */
function afterOfficeDomain(tokens: Token[], from: number, r: TokenRange): number {
  // ("Ambassador to the United Nations Nikki Haley", "Secretary of the Treasury Tom Okafor": "to" and "the" too)
  const the = tokenAt(tokens, from - 1)?.normal === 'the' ? 1 : 0
  const of = from - 1 - the
  if (of <= r.from || !(tokens[of].normal === 'of' || (the && tokens[of].normal === 'to')) || !isTitleWord(tokenAt(tokens, of - 1)) || r.to - from < 3) return from
  const first = (tag: string) => {
    for (let i = from + 1; i < r.to; i++) if (tagged(tokens[i], tag)) return i
    return -1
  }
  let at = first('FirstName')
  if (at < 0) at = first('Person')
  // (after "the", only a name the tagger knows: "the ambassador to the United Nations Security Council" holds none)
  if (at < 0 && the) return from
  // nothing known: the surname, the initials before it and one word more ("Jane M. Albury")
  if (at < 0) at = r.to - 1
  // "Jane M. Albury" with only the initial known for part of a name: the name starts a word before it
  if (/^\p{Lu}\.?$/u.test(tokens[at].text) && at - 1 > from) at--
  // "John F. Hale" with only "Hale" known: back over initials, then to the word before them
  let start = at
  while (start - 1 > from && /^\p{Lu}\.?$/u.test(tokenAt(tokens, start - 1)?.text ?? '')) start--
  return at === r.to - 1 && start - 1 > from ? start - 1 : start
}

/**
 * A first name and a surname after two or more other capitalised words start a name of their own:
 * "via Getty Images | Tom Hale"; not "Jane Albury" or "Mary Ann Smith".
 */
function startsNewName(tokens: Token[], i: number, from: number): boolean {
  const before = tokenAt(tokens, i - 1)
  return i - from >= 2 && tagged(tokens[i], 'FirstName') && !tagged(before, 'FirstName') && !/^\p{Lu}\.?$/u.test(before?.text ?? '') &&
    !PARTICLES.has(before?.normal ?? '') && !!tokenAt(tokens, i + 1) && isNameWord(tokenAt(tokens, i + 1)) && !breaksAfter(tokens[i])
}

/**
 * A possessive before a first name ends a name: "Canada’s Tom Vandermeer" is Tom Vandermeer, of Canada; not
 * "the Children’s Aid Society" or "Queen’s University", whose possessive is part of the body's name.
 * So does one before any other name word, unless the capitalised run after it ends a body's name: "Labour's Robin
 * Hale", "Northwind's Sol Okafor", "Sweden's Lindqvist" name the person alone (the tagger knows "Robin", "Sol"
 * for a person, not for a first name), "the Children’s Aid Society" stays one body.
 */
function possessorBefore(tokens: Token[], i: number): boolean {
  if (!writtenPossessive(tokens[i - 1])) return false
  if (tagged(tokens[i], 'FirstName')) return true
  // (an apostrophe written, not the tagger's: it tags every word of "Vladimir V. Putin's" possessive)
  if (!/['’]s?$/.test(tokens[i - 1].text)) return false
  // ("Canada's PM, John Reyes": letters in capitals alone after it are an office or a body's, no one's name)
  if (/^\p{Lu}{2,}$/u.test(tokens[i].text) && (breaksAfter(tokens[i]) || !isNameWord(tokenAt(tokens, i + 1)))) return false
  // ("St John's Ambulance": a person's possessive before a word the tagger knows for no person's may be a name's own)
  if (tagged(tokens[i - 1], 'Person') && !tagged(tokens[i], 'Person')) return false
  for (let k = i; k < tokens.length && tokens[k].sentence === tokens[i].sentence && isCapitalized(tokens[k]); k++) {
    if (tagged(tokens[k], 'Organization') || ORGANIZATION_NOUNS.has(tokens[k].normal)) return false
    if (breaksAfter(tokens[k])) break
  }
  return true
}

/**
 * "Only the Liberal Democrats stood against it", "the Young Republicans": one capitalised plural after "the" and
 * capitals names a party or a people, never a person titled "Liberal" whom "he" could mean next (not "the
 * Liberal leader Tom Evans", a name of two words).
 */
function partyAfterThe(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from]
  if (to - from !== 1 || !/[^su'’]s$/.test(t.text) || ['Person', 'FirstName', 'LastName', 'Possessive', 'Place'].some((tag) => tagged(t, tag))) return false
  let k = from - 1
  while (k >= 0 && tokens[k].sentence === t.sentence && isCapitalized(tokens[k]) && !breaksAfter(tokens[k])) k--
  return k < from - 1 && tokenAt(tokens, k)?.normal === 'the' && tokenAt(tokens, k)?.sentence === t.sentence
}

/**
 * Every name in the article, in text order ("US president Donald Trump", "Mr Trump", "Trump"), with its kind:
 * a person when the tagger, an honorific or a title says so; "unknown" for capitalised runs it could not place
 * ("Senate Minority Whip Dick Durbin"), which may still turn out to be a speaker's full name.
 */
export function findNames(tokens: Token[]): NameMention[] {
  const names: NameMention[] = []
  let i = 0
  while (i < tokens.length) {
    if ((!isNameWord(tokens[i]) && !honorificSurnameAt(tokens, i)) || occupationBeforeName(tokens, i)) { i++; continue }
    let to = i + 1
    // (a colon ends a name: in a run of "Ann Hale: “Ann Hale: “…" each name is its own)
    while (to < tokens.length && !breaksAfter(tokenAt(tokens, to - 1)) && tokens[to].sentence === tokens[i].sentence && !/\(|:/.test(tokens[to].pre) && !/:/.test(tokens[to - 1].post) &&
      (nameWordAt(tokens, to) || ((PARTICLES.has(tokens[to].normal) || joinsWithinName(tokens, to)) && isNameWord(tokenAt(tokens, to + 1) ?? tokens[to]))) &&
      !startsNewName(tokens, to, i) && !possessorBefore(tokens, to)) to++
    // "Secretary of State Jane Albury": the office's domain is no part of the name
    const holder = afterOfficeDomain(tokens, i, { from: Math.max(0, i - 3), to })
    // ("Minister of Home Affairs | Tom Okafor": a domain the next name was split from)
    const domainOnly = i >= 2 && tokenAt(tokens, i - 1)?.normal === 'of' && isTitleWord(tokenAt(tokens, i - 2)) && to < tokens.length && startsNewName(tokens, to, i)
    if (holder > i || domainOnly) {
      i = domainOnly ? to : holder
      continue
    }
    // ("Sen. Dana Ruiz of Oregon, the ranking Democrat, …": the place a person is of is no name, and the words
    // after it describe the person)
    if (i >= 2 && tokenAt(tokens, i - 1)?.normal === 'of' && isNameWord(tokenAt(tokens, i - 2)) && tagged(tokens[i], 'Place') && !tagged(tokens[i], 'Person')) {
      i = to
      continue
    }
    const sentenceStart = tokens[i].sentence
    let floor = i
    while (floor > 0 && tokenAt(tokens, floor - 1)?.sentence === sentenceStart) floor--
    const honorific = i > 0 && isHonorific(tokenAt(tokens, i - 1)) && tokenAt(tokens, i - 1)?.sentence === sentenceStart ? tokenAt(tokens, i - 1)?.text ?? null : null
    const title = titleBefore(tokens, honorific ? i - 1 : i, floor) ?? titleAfter(tokens, to - 1, tokens.length)
    to = beforePostNominals(tokens, i, to, honorific !== null)
    const mention: NameMention = { from: i, to, honorific, title, kind: 'unknown', gender: genderOf(tokens, i, honorific), sentence: sentenceStart, age: ageAfter(tokens, to - 1) }
    mention.kind = classify(tokens, mention, honorific, title)
    if (!honorific && partyAfterThe(tokens, i, to)) mention.kind = 'unknown'
    // ("The Liberal Democrats accused …", "the Lib Dems": a party's members in the plural are no person, though a role
    // word before them made a title of "Liberal"; else "the prime minister" next was taken for "Democrats")
    if (!honorific && mention.kind === 'person' && membersPlural(tokens[to - 1].normal)) mention.kind = 'unknown'
    names.push(mention)
    i = to
  }
  return names
}

/** The last word of the name whose first word is token `at`: its capitals run, up to a possessive ("Tom Hale's"). */
export function nameEnd(tokens: Token[], at: number): number {
  let end = at
  while (tokenAt(tokens, end + 1)?.sentence === tokens[at].sentence && isCapitalized(tokens[end + 1]) && !writtenPossessive(tokens[end])) end++
  return end
}
