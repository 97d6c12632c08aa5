// Noun phrases around a reporting verb, read off compromise's tags: the subject before it
// ("Nato secretary general Mark Rutte, who attended the talks …, told"), the speaker after it in inverted
// order ("…,” says the 41-year-old founder of Northwind Press"), and the listener to skip ("told reporters").
import type { Token } from '../nlp/parse'
import { tokenAt } from '../nlp/parse'
import { startsWithCapital } from '../nlp/token-at'
import { DOCUMENT_NOUNS, GROUP_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLES, QUANTITY_WORDS, SPEAKING_PRONOUNS } from './lexicon/roles'
import { joinsName } from './name-joins'

/** Token range [from, to). */
export interface TokenRange {
  from: number
  to: number
}

const NOUNISH = ['Noun', 'ProperNoun', 'Person', 'Adjective', 'Possessive', 'Honorific', 'Value', 'Acronym', 'Organization', 'Place']
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who'])
/** Pronouns for the whole a share is taken of: "most of them", "two of us". */
const SHARE_PRONOUNS = new Set(['them', 'us', 'you', 'those'])
// ("The developers behind the system said", "Residents near the plant said": where the people are, or what they stand
// behind, goes with them, and what an inquiry looks into: "Lord Hale's report into the floods said"; not "among": "a
// wave of alarm among legal experts, who worry" is the experts')
export const CONNECTORS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'across', 'around', 'within', 'inside', 'behind', 'near', 'into'])

/** A connector as written: not a capitalised "Behind" or "Near", a word of a name ("No Child Left Behind"). */
const connector = (t: Token | undefined) => !!t && CONNECTORS.has(t.normal) && !(isCapitalized(t) && /^(behind|near)$/.test(t.normal))
// ("Yet Democratic economists say": a joining word that opens the sentence is no word of its subject)
const STOP_WORDS = new Set(['that', 'this', 'these', 'those', 'there', 'here', 'also', 'and', 'or', 'but', 'yet', 'if', 'when', 'while', 'as', 'then', 'so', 'now', 'not', 'never', 'only'])
// a hyphen breaks only when spaced ("39-year-old" does not), an en dash likewise, an em dash always
const BREAK_AFTER = /[,;:()\u201c\u201d"«»\u2014!?]|\s[-\u2013]|\.\S*$/

export const tagged = (t: Token | undefined, tag: string) => !!t && t.tags.has(tag)

/** A verb's past form that is no auxiliary or copula: "made", "quoted", "run". */
export const isPastParticiple = (t: Token) => tagged(t, 'Verb') && (tagged(t, 'PastTense') || tagged(t, 'Participle')) && !tagged(t, 'Auxiliary') && !tagged(t, 'Copula')

export function isCapitalized(t: Token | undefined): boolean {
  return !!t && startsWithCapital(t.text)
}

/** A word that can stand inside a noun phrase: "the", "Ukrainian", "president", "Mr", "Zelenskiy’s", "16-year-old". */
export function isNounish(t: Token | undefined): boolean {
  if (!t) return false
  if (STOP_WORDS.has(t.normal)) return false
  if (tagged(t, 'Determiner')) return true
  // compromise may read "police" as a verb; the lexicon knows better
  if (GROUP_NOUNS.has(t.normal) || PERSON_ROLES.has(t.normal) || ORGANIZATION_NOUNS.has(t.normal)) return true
  if (tagged(t, 'Verb') && !tagged(t, 'Noun') && !tagged(t, 'Adjective') && !isCapitalized(t)) return false
  // "Following their election loss, …", "Speaking in Ottawa, …": a capital opening a sentence makes no name of a gerund
  if (tagged(t, 'Gerund') && !tagged(t, 'Noun') && !tagged(t, 'ProperNoun')) return false
  if (tagged(t, 'Pronoun') && !tagged(t, 'Possessive')) return false
  return NOUNISH.some((tag) => tagged(t, tag)) || isCapitalized(t)
}

/** Punctuation written after this token that ends a phrase: "Rutte," or "reporters:". */
export function breaksAfter(t: Token | undefined): boolean {
  if (!t || t.post === '') return false
  // "Dr. Jane Albury", "Sen. Tom Hale": the stop of an abbreviation ends nothing
  if (t.post.trim() === '.' && (tagged(t, 'Abbreviation') || tagged(t, 'Honorific') || /^\p{Lu}$/u.test(t.text))) return false
  return BREAK_AFTER.test(t.post)
}

/** The single-word pronoun subject "he" in "he said", or -1. */
export function pronounAt(tokens: Token[], i: number): boolean {
  // "he’s said", "they’ve said": the pronoun of a contraction with "has" or "have"
  return i >= 0 && i < tokens.length && (PRONOUN_SUBJECTS.has(tokens[i].normal) || /^(he|she|they|we|i|you)['’](s|ve|d)$/.test(tokens[i].normal))
}

/**
 * The noun phrase that ends at token `to - 1`, not reaching before `floor`.
 * "Immigration lawyer Jane Albury said" → "Immigration lawyer Jane Albury".
 */
export function phraseEndingAt(tokens: Token[], to: number, floor: number): TokenRange | null {
  const last = to - 1
  if (last < floor) return null
  if (pronounAt(tokens, last)) return { from: last, to }
  // "most of them said", "some of us believe": a share of a group a pronoun names
  if (SHARE_PRONOUNS.has(tokens[last].normal) && last - 2 >= floor && tokenAt(tokens, last - 1)?.normal === 'of' &&
    (QUANTITY_WORDS.has(tokenAt(tokens, last - 2)?.normal ?? '') || tagged(tokenAt(tokens, last - 2), 'Value'))) return { from: last - 2, to }
  let from = to
  for (let i = last; i >= floor; i--) {
    const t = tokens[i]
    if (i < last && breaksAfter(t)) break
    // ("the Department of Health and Human Services declared": "and" inside a body's name ends no phrase)
    if (i < last && from === i + 1 && joinsName(tokens, i)) { from = i; continue }
    // a determiner opens the phrase, unless "of" or "for" joins it to the words before: "their loss | the Conservatives";
    // "that" after a verb opens a clause, not a phrase: "pleased that | Mr Trump said"
    if (tagged(t, 'Determiner') && !tagged(t, 'Possessive') && !STOP_WORDS.has(t.normal) && i < last) {
      from = i
      if (!(i > floor && (CONNECTORS.has(tokenAt(tokens, i - 1)?.normal ?? '') || tokenAt(tokens, i - 1)?.normal === 'by'))) break
      continue
    }
    // ("film-maker George Lucas said": a word joined by a hyphen is part of the phrase, whatever its tag)
    if (isNounish(t) || (i < last && /^-$/.test(t.post) && from === i + 1)) { from = i; continue }
    // "the head of the agency said", "spokesman for the ministry said", "a report by the institute found"
    if ((connector(t) || t.normal === 'by') && i > floor && isNounish(tokenAt(tokens, i - 1)) && !breaksAfter(tokenAt(tokens, i - 1))) { from = i; continue }
    // ("Critics from across the political spectrum said": two prepositions, the first after the people)
    if (CONNECTORS.has(t.normal) && i - 1 > floor && tokens[i - 1].normal === 'from' && isNounish(tokenAt(tokens, i - 2)) && !breaksAfter(tokenAt(tokens, i - 2))) { from = i; continue }
    break
  }
  while (from < to && CONNECTORS.has(tokens[from].normal)) from++
  // "those Democrats argued": a demonstrative before a noun belongs to its phrase
  if (from < to && from > floor && /^(these|those)$/.test(tokenAt(tokens, from - 1)?.normal ?? '') && !breaksAfter(tokenAt(tokens, from - 1))) from--
  // a phrase ends in a noun: "rebuked Mr Hale for | suggesting" has no subject "Mr Hale for"
  if (from < to && CONNECTORS.has(tokenAt(tokens, to - 1)?.normal ?? '')) return null
  return from < to ? { from, to } : null
}

/**
 * The noun phrase that starts at `from`, not reaching `ceil`: the speaker in "says the soft-spoken organiser, noting …".
 * Stops at the first comma, so "Tom Okafor, a spokesman for …" yields the name.
 */
export function phraseStartingAt(tokens: Token[], from: number, ceil: number): TokenRange | null {
  if (from >= ceil) return null
  if (pronounAt(tokens, from)) return { from, to: from + 1 }
  let to = from
  let joined = -1
  for (let i = from; i < ceil && i - from < 12; i++) {
    const t = tokens[i]
    // a second determiner starts a new phrase: "by text message | the roads had been clear"
    if (i > from && tagged(t, 'Determiner') && !CONNECTORS.has(tokenAt(tokens, i - 1)?.normal ?? '')) break
    // so does a possessive pronoun: "told the Gazette | his team acted quickly …"
    if (i > from && tagged(t, 'Possessive') && tagged(t, 'Pronoun') && !CONNECTORS.has(tokenAt(tokens, i - 1)?.normal ?? '')) break
    // and a bracket: "said Tom Hale | (R-Ohio)"
    if (i > from && /\(/.test(t.pre)) break
    if (isNounish(t) || compoundAfterDeterminer(tokens, from, i)) to = i + 1
    // ("according to the Department of Health and Human Services, …": "and" inside a body's name ends no phrase)
    else if (i > from && joinsName(tokens, i)) { to = i + 1; joined = i }
    // "the head of the agency", not "the council on Monday"
    else if (CONNECTORS.has(t.normal) && i > from && i + 1 < ceil && isNounish(tokenAt(tokens, i + 1)) && !tagged(tokenAt(tokens, i + 1), 'Date')) to = i + 1
    else break
    if (breaksAfter(t)) break
  }
  // (a body's name goes on through "and" to its last capital: "… Center for Systems Science and Engineering | late today")
  if (joined >= 0) while (to > joined + 2 && !isCapitalized(tokens[to - 1])) to--
  // a phrase ends in a noun: "Okafor with a | puzzled look" → "Okafor"
  while (to > from && (connector(tokenAt(tokens, to - 1)) || tagged(tokenAt(tokens, to - 1), 'Determiner'))) to--
  return to > from ? { from, to } : null
}

/**
 * A word joined by a hyphen in a phrase that opens with a determiner or a possessive: "a follow-up interview", "an
 * op-ed", "his so-called plan", whatever the tagger made of the parts ("follow" and "up" read as a verb); not "Hale
 * re-elected …", whose phrase has no determiner.
 */
function compoundAfterDeterminer(tokens: Token[], from: number, i: number): boolean {
  if (i === from || !(tagged(tokens[from], 'Determiner') || tagged(tokens[from], 'Possessive'))) return false
  return (/^-$/.test(tokens[i].post) && i + 1 < tokens.length) || /^-$/.test(tokenAt(tokens, i - 1)?.post ?? '')
}

/**
 * Whether a phrase is a share of people, headed by a number or a quantity: "Two in three", "Sixty-six percent",
 * "Several", "a majority of voters" is not (its head is "voters").
 */
export function isQuantity(tokens: Token[], range: TokenRange): boolean {
  const last = tokens[range.to - 1]
  // "half of voters in each state", "52 percent of registered voters", "most of them": the share before "of"
  const of = tokens.slice(range.from, range.to).findIndex((t) => t.normal === 'of')
  const headAt = of > 0 ? range.from + of - 1 : SHARE_PRONOUNS.has(last.normal) && range.to - range.from >= 3 ? range.from : range.to - 1
  const head = tokens[headAt]
  if (tagged(head, 'Date') || tagged(head, 'Money')) return false
  if (halfRole(tokens, headAt, range.from)) return false
  return QUANTITY_WORDS.has(head.normal) || (tagged(head, 'Value') && !tagged(head, 'Ordinal')) || /%$/.test(head.text)
}

/**
 * Whether the word at i is a quantity word or "back" joined by a hyphen to the word before it, which makes a
 * player's role of it: "the fly-half said", "the scrum-half", "the Sale full-back", "the centre-back" (not
 * "two-thirds of voters", "one-half", whose first part is a number).
 */
export function halfRole(tokens: Token[], i: number, from: number): boolean {
  const joined = i > from ? tokens[i - 1] : null
  return !!joined && joined.post === '-' && !tagged(joined, 'Value') && (QUANTITY_WORDS.has(tokens[i].normal) || tokens[i].normal === 'back')
}

/** Whether a phrase could name someone who speaks: a name, a pronoun, a role, a body, a group. */
export function canSpeak(tokens: Token[], range: TokenRange): boolean {
  // ("“…” On Sunday, Deputy Mayor Jane Hale told …": a time after its preposition is nobody, whatever else the
  // tagger made of its day, "Sunday" an Actor; not "Day said", a surname the tagger reads as a time)
  const words = tokens.slice(range.from, range.to)
  // (the tagger may take a capitalised "On" right after a quote for a name)
  if (words.length > 1 && (tagged(words[0], 'Preposition') || PREPOSITIONS.has(words[0].normal)) && words.some((t) => tagged(t, 'Date')) &&
    words.slice(1).every((t) => tagged(t, 'Date') || tagged(t, 'Determiner'))) return false
  if (isQuantity(tokens, range)) return true
  // "those surveyed", "those polled": the people a participle describes
  if (range.to - range.from === 2 && tokens[range.from].normal === 'those' && tagged(tokenAt(tokens, range.from + 1), 'Verb')) return true
  for (let i = range.from; i < range.to; i++) {
    const t = tokens[i]
    if (PRONOUN_SUBJECTS.has(t.normal)) return true
    if (tagged(t, 'Person') || tagged(t, 'Organization') || tagged(t, 'ProperNoun')) return true
    if (tagged(t, 'Noun') && !tagged(t, 'Possessive')) return true
    if (PERSON_ROLES.has(t.normal) || GROUP_NOUNS.has(t.normal) || ORGANIZATION_NOUNS.has(t.normal)) return true
  }
  return false
}

/** Words that name one person: a name the tagger knows for a person, an honorific, a pronoun for one ("Haddad", "she"). */
export function namesPerson(tokens: Token[], r: TokenRange): boolean {
  if (r.to - r.from === 1 && /^(he|she)$/.test(tokens[r.from].normal)) return true
  return tokens.slice(r.from, r.to).some((t) => tagged(t, 'Person') || tagged(t, 'Honorific'))
}

/** Words that name someone who can speak: a person, a pronoun, a role, a body ("Albury noted …", not "the data noted …"). */
export function namesSomeone(tokens: Token[], r: TokenRange): boolean {
  if (isQuantity(tokens, r)) return true
  if (namesACountry(tokens, r)) return true
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i]
    // ("China warned North Korea to …": a country speaks for its government; a town or a region does not)
    if (tagged(t, 'Country') && isCapitalized(t) && r.to - r.from <= 2) return true
    if (tagged(t, 'Place') && !tagged(t, 'Person')) continue
    if (tagged(t, 'Person') || tagged(t, 'Organization') || SPEAKING_PRONOUNS.has(t.normal)) return true
    // "Acmewire reported that …": a proper name the tagger could not place is still someone
    if (tagged(t, 'ProperNoun') && isCapitalized(t)) return true
    // ("the ex-wife of Tom Hale", "a vice-chair": a role after a prefix joined by a hyphen)
    const last = t.normal.includes('-') ? t.normal.slice(t.normal.lastIndexOf('-') + 1) : t.normal
    if (PERSON_ROLES.has(t.normal) || PERSON_ROLES.has(last) || ORGANIZATION_NOUNS.has(t.normal) || GROUP_NOUNS.has(t.normal)) return true
    // "the brothers noted", "exit polls suggested that …": roles in the plural, documents that speak for their authors
    if (PERSON_ROLES.has(singular(t.normal)) || DOCUMENT_NOUNS.has(t.normal)) return true
    // ("the unions announced a strike", "both companies reported losses": bodies in the plural)
    if (tagged(t, 'Plural') && ORGANIZATION_NOUNS.has(singular(t.normal))) return true
  }
  return false
}

/**
 * A country's name of several words, which speaks for its government as "China" does: "The United States called for
 * …", "the United Arab Emirates"; not "a town in China" or "the China Daily".
 */
function namesACountry(tokens: Token[], r: TokenRange): boolean {
  const from = tokens[r.from].normal === 'the' ? r.from + 1 : r.from
  if (r.to - from < 2) return false
  let country = false
  for (let i = from; i < r.to; i++) {
    const t = tokens[i]
    if (t.normal === 'of' && i > from && i < r.to - 1) continue
    if (!isCapitalized(t) || !tagged(t, 'Place')) return false
    country ||= tagged(t, 'Country')
  }
  return country
}

/** "brothers" → "brother", "attorneys" → "attorney", "witnesses" → "witness". */
export function singular(word: string): string {
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/**
 * A finite verb at i, past adverbs: "farmers oppose", "companies still refuse", "counterparts, …, respectively, met"
 * (person-and-theirs.ts and groups.ts ask it).
 */
export function verbAt(tokens: Token[], i: number): boolean {
  while (tagged(tokenAt(tokens, i), 'Adverb')) i++
  const t = tokenAt(tokens, i)
  return !!t && tagged(t, 'Verb') && !tagged(t, 'Gerund') && !tagged(t, 'Noun') && !tagged(t, 'Pronoun')
}

/** Whether tokens [from, to) hold a verb: "the driver was not hurt" does, "a police spokesman" does not. */
export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    if ((tagged(t, 'Verb') || tagged(t, 'Copula') || tagged(t, 'Modal')) && !(tagged(t, 'Noun') && tagged(t, 'Gerund'))) return true
    // "there’s misinformation", "it’s over": a verb inside a contraction
    if (/['’](s|re|ll|d|ve|m)$/.test(t.normal) && (tagged(t, 'Pronoun') || tagged(t, 'There') || /^(there|here|it|that|what|who)['’]/.test(t.normal))) return true
    // "the park received about 2,000 votes": a past tense read as an adjective right after its subject
    if (tagged(t, 'Adjective') && /ed$/.test(t.normal) && i > from && tagged(tokenAt(tokens, i - 1), 'Noun') && !breaksAfter(tokenAt(tokens, i - 1))) return true
    // "the economic system favors the wealthy": a present tense read as a plural between its subject and an article
    if (presentReadAsPlural(tokens, i, from)) return true
  }
  return false
}

/** A word in -s read as a plural noun between a noun and an article or a possessive: "the system favors the wealthy". */
function presentReadAsPlural(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), after = tokenAt(tokens, i + 1)
  if (i <= from || !before || !after || !tagged(t, 'Plural') || !/[^s]s$/.test(t.normal) || isCapitalized(t)) return false
  if (breaksAfter(before) || breaksAfter(t) || tagged(before, 'Possessive') || !tagged(before, 'Noun') || tagged(before, 'Plural')) return false
  return tagged(after, 'Determiner') || (tagged(after, 'Possessive') && tagged(after, 'Pronoun'))
}

const COUNTED_TIME = /^(seconds|minutes|hours|days|weeks|months|years|decades)$/

/** A subject pronoun with its verb contracted into it: "he’s", "they’ll", "there's" (a clause opens there). */
export const PRONOUN_WITH_VERB = /^(he|she|it|they|we|i|you|there)['’](s|re|ll|d|ve|m)$/

/**
 * Whether nothing but phrases of place and time follow a reporting verb up to the sentence end or a comma:
 * "…, the government said on Wednesday." does; "Trump also said that he would prefer …" does not.
 */
export function endsAttribution(tokens: Token[], from: number, end: number): boolean {
  if (from >= end || breaksAfter(tokenAt(tokens, from - 1))) return true
  const first = tokens[from]
  // "… said one former executive who requested anonymity": a relative clause describes the speaker
  if (/^(who|whose)$/.test(first.normal)) return true
  // ("… said voting for Labour meant higher taxes": a gerund that heads a clause's subject reports that clause; not
  // one with its particle, which the tagger may read as a verb: "… tweeted a user going by the handle Pulvermann")
  if (tagged(first, 'Gerund') && !tagged(tokenAt(tokens, from + 1), 'Particle') && startsClause(tokens, from, end)) return false
  // ("“…” Ms Lee also lamented two years in which …": a count of time with no "ago" or "later" after it is the verb's
  // object, not when it spoke; "… said two days ago" is when)
  if (tagged(first, 'Value') && COUNTED_TIME.test(tokenAt(tokens, from + 1)?.normal ?? '') && from + 1 < end &&
    !/^(ago|later|earlier|before|after|on)$/.test(tokenAt(tokens, from + 2)?.normal ?? '')) return false
  // ("“We won the deal.” Northwind continues to enjoy a lead over Hadley Aero": "to" and a verb is what the subject goes on
  // to do, no attribution; "… said to reporters" is one)
  if (first.normal === 'to' && tagged(tokenAt(tokens, from + 1), 'Verb') && !tagged(tokenAt(tokens, from + 1), 'Noun')) return false
  // "… asked before going off", "… said with a puzzled look on her face", "… said on Wednesday"
  if (first.normal !== 'that' && (tagged(first, 'Preposition') || tagged(first, 'Date') || tagged(first, 'Gerund') ||
    (tagged(first, 'Adverb') && !tagged(first, 'Verb')) || /^(before|after|as|while|when|during|in|on|at|via|from|to)$/.test(first.normal))) {
    // ("“… is broken.” Ms Lee said Wednesday she wants an inquiry": a day, then a clause of its own that the verb reports)
    const clause = afterDay(tokens, from, end)
    if (clause > from && startsClause(tokens, clause, end)) return false
    // … unless the phrase leads on to words of its own: "… said on Friday "We are committed …""
    for (let i = from; i < end; i++) {
      if (tokens[i].normal === 'that' || (/["“«]|''/.test(tokens[i].pre) && !namesATitle(tokens, i))) return false
      // ("… reported on Tuesday -- a development that …": a spaced dash ends the phrase as a comma does)
      if (breaksAfter(tokens[i]) && /,|\s(--?|[—–])/.test(tokens[i].post)) break
    }
    return true
  }
  for (let i = from; i < end; i++) {
    // "…, Ms Lee told reporters as she left the hall": a clause of time or manner after the listener is the writer's
    if (i > from && /^(as|while|when|before|after|because)$/.test(tokens[i].normal)) return true
    if (hasVerb(tokens, i, i + 1) && !tagged(tokens[i], 'Gerund')) return false
    if (tokens[i].normal === 'that') return false
    if (breaksAfter(tokens[i]) && /,/.test(tokens[i].post)) return true
  }
  return true
}

/** Whether the word at k is followed by an adverb set off by commas and a finite verb: "she | , too, | wants". */
function commaAdverbThenVerb(tokens: Token[], k: number, end: number): boolean {
  const adverb = tokenAt(tokens, k + 1)
  return k + 2 < end && /^,$/.test(tokens[k].post) && !!adverb && tagged(adverb, 'Adverb') && !tagged(adverb, 'Verb') && /^,$/.test(adverb.post) &&
    isFiniteVerb(tokenAt(tokens, k + 2))
}

/**
 * The token after a day or a phrase of one that opens at `from` ("Wednesday", "on Friday", "last week", "Tuesday
 * night"), or `from` when none does; a stop or comma ends the phrase.
 */
function afterDay(tokens: Token[], from: number, end: number): number {
  let k = from
  if (/^(on|last|this|next|early|late)$/.test(tokens[k].normal) && tagged(tokenAt(tokens, k + 1), 'Date') && !breaksAfter(tokens[k])) k++
  if (!tagged(tokens[k], 'Date') || tagged(tokens[k], 'Pronoun')) return from
  while (k < end && tagged(tokens[k], 'Date') && !tagged(tokens[k], 'Pronoun')) {
    if (breaksAfter(tokens[k])) return from
    k++
  }
  return k
}

/** A possessive as tagged or as written: "Hale’s", "Germany's" (the tagger misses some). */
export function writtenPossessive(t: Token): boolean {
  return tagged(t, 'Possessive') || /['’]s$/.test(t.text)
}

/**
 * Whether quoted words opening at token i name a programme or a work rather than report words: after a
 * possessive or "on" ("on MSNBC’s “Morning Joe”", "appeared on “Meet the Press”").
 */
export function namesATitle(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  return !!before && before.sentence === tokenAt(tokens, i)?.sentence && (writtenPossessive(before) || /^(on|in)$/.test(before.normal))
}

/** Words that open a phrase of time or place after a verb, whatever the tagger made of them ("said inside his factory"). */
export const PREPOSITIONS = new Set(['before', 'after', 'during', 'at', 'in', 'on', 'by', 'via', 'through', 'outside', 'inside', 'near', 'for', 'to', 'with', 'from', 'over', 'under', 'following', 'ahead'])

const SUBORDINATE_OPENERS = new Set(['of', 'since', 'until', 'as', 'while', 'when', 'because', 'after', 'before', 'if'])

/**
 * Whether a clause of its own starts at `from`: "that …", or a subject and its verb ("she would run",
 * "Ms Lee’s “candour” and “honesty” are in question"); not "the council before slamming …" or "inside his factory".
 */
export function startsClause(tokens: Token[], from: number, end: number, afterComma = false): boolean {
  if (from >= end || (!afterComma && breaksAfter(tokenAt(tokens, from - 1)))) return false
  if (tokens[from].normal === 'that') return true
  // "at least six planes filled the sky", "more than 4 in 10 said": a number's hedge opens the subject
  from = afterNumberHedge(tokens, from, end)
  // ("down-ballot races can help": a preposition joined by a hyphen is part of a modifier)
  const compound = (t: Token) => /^-$/.test(t.post)
  if ((tagged(tokens[from], 'Preposition') || PREPOSITIONS.has(tokens[from].normal) || SUBORDINATE_OPENERS.has(tokens[from].normal)) && !compound(tokens[from])) return false
  // ("she, too, wants an inquiry": an adverb set off by commas between the pronoun and its verb)
  if (PRONOUN_SUBJECTS.has(tokens[from].normal)) return isFiniteVerb(tokenAt(tokens, from + 1)) || commaAdverbThenVerb(tokens, from, end)
  // "he’s staying in the race", "they’ll vote": the verb is inside the pronoun's contraction
  if (PRONOUN_WITH_VERB.test(tokens[from].normal)) return true
  // a subject may hold quoted words and "and": quote marks after a word do not end it, other punctuation does
  for (let i = from; i < end && i < from + 12; i++) {
    const t = tokens[i]
    // "the report released by the agency": a participle with its agent, not a verb of the clause
    // ("Mr Hale wasn’t swayed by those factors" is a clause: its verb is the copula)
    // ("the scientists say": a bare present after a plural is finite, whatever the tagger adds of an infinitive)
    const pluralPresent = i > from && tagged(t, 'PresentTense') && tagged(t, 'Verb') && !tagged(t, 'Noun') && tagged(tokens[i - 1], 'Plural')
    if (i > from && (isFiniteVerb(t) || pluralPresent)) return tagged(t, 'Copula') || tagged(t, 'Auxiliary') ||
      (!tagged(t, 'Passive') && tokenAt(tokens, i + 1)?.normal !== 'by' && tokenAt(tokens, i + 2)?.normal !== 'by')
    // "cutting the budget would hurt families": a gerund may head the subject
    // ("six circling planes": an -ing word before a noun; "4 in 10 voters": a share)
    const modifier = i > from && tagged(t, 'Gerund') && isNounish(tokenAt(tokens, i + 1) ?? t) && !tagged(tokenAt(tokens, i + 1) ?? t, 'Gerund')
    const share = /^(in|of|out)$/.test(t.normal) && tagged(tokenAt(tokens, i - 1), 'Value') && tagged(tokenAt(tokens, i + 1) ?? t, 'Value')
    // "Mr Hale’s refusal to disavow the group could cost him": a noun's infinitive, its verb passed over
    // (the tagger may read the verb as a noun when an article follows it: "to disavow the group")
    const infinitive = tokenAt(tokens, i + 1)
    if (t.normal === 'to' && i > from && isNounish(tokens[i - 1]) && !breaksAfter(t) && i + 2 < end &&
      (tagged(infinitive, 'Infinitive') || (tagged(infinitive, 'Noun') && !tagged(infinitive, 'Plural') && tagged(tokenAt(tokens, i + 2), 'Determiner')))) { i++; continue }
    // ("Mr Hale only occasionally disagreed": adverbs between the subject and its verb)
    const adverb = i > from && tagged(t, 'Adverb') && !tagged(t, 'Verb') && isNounish(tokens[from])
    // ("the western part of the town is at risk": a preposition between nouns inside the subject)
    // (and after a gerund heading it: "voting for Labour meant higher taxes")
    const headedBefore = isNounish(tokens[i - 1]) || (i - 1 === from && tagged(tokens[from], 'Gerund'))
    const joint = i > from && /^(of|for|in|at|from|on|with)$/.test(t.normal) && headedBefore && !breaksAfter(tokens[i - 1])
    if (!(isNounish(t) || t.normal === 'and' || t.normal === 'or' || (i === from && tagged(t, 'Gerund')) || modifier || share || compound(t) || adverb || joint)) return false
    if (/[,;:()\u2014!?]|\s[-\u2013]/.test(t.post)) return false
  }
  return false
}

/**
 * Whether "and" or "but" at `i` hands the subject on to a verb of its own: in "Graham called both rivals “crazy”
 * and said the party would lose" the quoted words' clause ends before "and"; not in "“reckless” and costly".
 */
export function opensNextVerbPhrase(tokens: Token[], i: number): boolean {
  if (!/^(and|but)$/.test(tokenAt(tokens, i)?.normal ?? '')) return false
  let k = i + 1
  while ((tagged(tokenAt(tokens, k), 'Adverb') || /^(later|then|also|still|again|even|now)$/.test(tokenAt(tokens, k)?.normal ?? '')) && !tagged(tokenAt(tokens, k), 'Verb')) k++
  const verb = tokenAt(tokens, k)
  return isFiniteVerb(verb) && !tagged(verb, 'Modal') && !tagged(verb, 'Copula')
}

/** Words that open a clause that the sentence's main clause follows after a comma: "While he has said …, he …". */
const OPENING_SUBORDINATORS = new Set(['while', 'when', 'although', 'though', 'if', 'because', 'since', 'unless', 'once', 'whereas', 'after', 'before'])

/**
 * Where the main clause starts after a subordinate clause that opens the sentence at `first`: after the comma
 * that a clause follows. In "While the donor kept quiet about his backing, he called the field “weak”" that is
 * "he …"; null when the sentence opens otherwise or no such comma comes before `end`.
 */
export function afterOpeningClause(tokens: Token[], first: number, end: number): number | null {
  if (/^(but|and|yet|so)$/.test(tokenAt(tokens, first)?.normal ?? '')) first++
  if (first >= end || !OPENING_SUBORDINATORS.has(tokens[first].normal)) return null
  // ("Before now, Mr Lund said, it was hard …", "Since then, …": a word that names nothing and a comma make a phrase,
  // not a clause, and the verb after them is the sentence's own; not a subject and its aside: "While Hale, the
  // senator, has …")
  const next = tokenAt(tokens, first + 1)
  if (next && /^,/.test(next.post) && !tagged(next, 'Noun') && !isCapitalized(next) && !hasVerb(tokens, first + 1, first + 2)) return null
  // a comma inside closing quote marks ends the clause too ("While Ms Lee called it “a mess,” the mayor …"),
  // unless the sentence is itself a quote ("“If we lose,” said Lee, …")
  const quoted = /[“"«]|''/.test(tokens[first].pre)
  for (let i = first + 2; i < end - 1 && i < first + 60; i++) {
    const comma = quoted ? /^,$/.test(tokens[i].post) : /^,(["”»]|'')?$/.test(tokens[i].post)
    if (comma && startsClause(tokens, i + 1, end, true)) return i + 1
  }
  return null
}

const NUMBER_HEDGES = [['at', 'least'], ['at', 'most'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['up', 'to'], ['as', 'many', 'as'],
  ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'], ['about'], ['nearly'], ['almost'], ['roughly'], ['some'], ['over']]

/** The number after a hedge that opens a phrase ("at least | six planes"), else `from` itself. */
export function afterNumberHedge(tokens: Token[], from: number, end: number): number {
  for (const hedge of NUMBER_HEDGES) {
    const at = from + hedge.length
    if (at < end && hedge.every((w, k) => tokenAt(tokens, from + k)?.normal === w) && (tagged(tokens[at], 'Value') || /^(half|a)$/.test(tokens[at].normal))) return at
  }
  return from
}

export function isFiniteVerb(t: Token | undefined): boolean {
  if (!t || tagged(t, 'Gerund') || tagged(t, 'Infinitive') || (tagged(t, 'Noun') && !tagged(t, 'Copula'))) return false
  return tagged(t, 'Verb') || tagged(t, 'Copula') || tagged(t, 'Modal')
}
