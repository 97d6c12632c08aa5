// Small words inside one body's name, which end no phrase: "the Food & Agriculture Organisation", "the Department
// of Health and Human Services", "the Hadley Commission on Public Safety". Read where a phrase or a name is cut at
// a word that is not a name's (phrases.ts, names.ts, bodies.ts), so that a body keeps its whole name.
import type { Token } from '../nlp/parse'
import { tokenAt } from '../nlp/parse'
import { startsWithCapital } from '../nlp/token-at'
import { isCommonWord, isPlaceWord, lexiconTags } from '../nlp/compromise'
import { HONORIFICS, ORGANIZATION_NOUNS, PERSON_ROLES, TITLE_WORDS } from './lexicon/roles'

const capital = (t: Token | undefined) => !!t && startsWithCapital(t.text)
const has = (t: Token | undefined, tag: string) => !!t && t.tags.has(tag)
// (a comma, a colon or a bracket after a word ends the name there: "Acme & Co, Northwind Ltd")
const breaks = (t: Token | undefined) => !!t && /[,;:()\u201c\u201d"\u2014]/.test(t.post)
/** A word that may go on a body's name after "and": no person's, no place's, no title ("Downing Street", "Tom"). */
const domainWord = (t: Token | undefined) => capital(t) && !has(t, 'Person') && !has(t, 'FirstName') && !has(t, 'Place') &&
  !has(t, 'Pronoun') && !TITLE_WORDS.has(t!.normal) && !PERSON_ROLES.has(t!.normal) && !HONORIFICS.has(t!.normal)

/**
 * Whether token i joins two parts of one name: "&" between capitals ("Marks & Spencer", "the Food & Agriculture
 * Organisation"); "and" in the domain of a capitalised body after "of", "for" or "on" ("the Department of Health and
 * Human Services"), not "the Ministry of Defence and Downing Street" (a place) nor "the Department of Justice and
 * Attorney General Tom Hale" (a title), nor "Acme Corp and Northwind" (no domain).
 */
export function joinsName(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1), after = tokenAt(tokens, i + 1)
  if (!t || !before || !after || before.sentence !== t.sentence || after.sentence !== t.sentence) return false
  if (breaks(before) || breaks(t) || !capital(before) || !capital(after) || has(after, 'Pronoun') || has(after, 'Determiner')) return false
  // ("Marks and Spencer": a firm the tagger's fixes read as one body's name, nlp/firm-names.ts)
  if (t.text === '&' || (t.normal === 'and' && has(t, 'Organization'))) return true
  if (t.normal !== 'and') return false
  if (joinsBodyHead(tokens, i)) return true
  if (!domainWord(after)) return false
  if (commonNounEndsName(tokens, i)) return true
  // back over the domain's capitalised words (at most three) to "of", "for" or "on", and the body's word before it
  let k = i - 1
  while (k > i - 4 && capital(tokens[k]) && !breaks(tokenAt(tokens, k - 1)) && capital(tokenAt(tokens, k - 1))) k--
  const of = tokenAt(tokens, k - 1)
  const body = tokenAt(tokens, k - 2)
  // (a member's seat of two places joins them too: "the Tory MP for Sleaford and North Hykeham")
  const seat = !!body && /^(mp|mps|mla|msp|mpp|mep)$/.test(body.normal) && of?.normal === 'for'
  return capital(tokens[k]) && !!of && /^(of|for|on)$/.test(of.normal) && capital(body) && (ORGANIZATION_NOUNS.has(body!.normal) || CENTRES.has(body!.normal) || seat)
}

/**
 * Whether token i joins two words of one name that a person's name reader should go on over: "&" ("Marks & Spencer"),
 * the "and" of a firm ("Marks and Spencer"), of a domain before a body's head ("the Food and Drug Administration") or
 * before the common noun that ends a firm's name ("Ironhorse Oil and Gas"); not the "and" of a domain after "of" ("the
 * Department of Health and Human Services"), read from the body's head.
 */
export function joinsWithinName(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!joinsName(tokens, i)) return false
  return t.text === '&' || has(t, 'Organization') || joinsBodyHead(tokens, i) || commonNounEndsName(tokens, i)
}

/**
 * Whether the word after "and" at i is a capitalised common noun that ends a name begun by two or more capitals:
 * "Ironhorse Oil and Gas has denied …", "Shoppers Against Price Fixing and Hoarding (Spafh)". Alone, "Gas" or
 * "Hoarding" is no one's name. Not "Acme Corp and Northwind" (a name of its own), "Britain and France" (one capital
 * before), "Senate Republicans and Democrats" (a plural), "Health Secretary Jane Hale and Labour" (a person before),
 * "The Conservative Party and Labour" (a body's whole name before).
 */
function commonNounEndsName(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1), after = tokenAt(tokens, i + 1), first = tokenAt(tokens, i - 2)
  if (!before || !after || !capital(first) || breaks(first) || first!.sentence !== before.sentence) return false
  if (has(before, 'Person') || has(before, 'Place') || ORGANIZATION_NOUNS.has(before.normal) || has(after, 'Plural')) return false
  // (the noun ends the name: a verb or a bracket after it, no more capitals)
  if (capital(tokenAt(tokens, i + 2)) && !breaks(after)) return false
  return isCommonWord(after.normal)
}

/**
 * Whether "and" at i joins two words of a domain that a body's head ends, with no "of" before: "the Securities and
 * Exchange Commission", "the Food and Drug Administration", "the Public and Commercial Services Union", "the Red
 * Cross and Red Crescent Societies". The word before "and" must be no name of its own (a person's, a place's, a
 * known firm's, an acronym) nor a body's head itself: "Google and Microsoft Research", "the IMF and World Bank",
 * "Citizens Bank and Canal Bank" stay two. Nor may it open the sentence or follow a verb or a preposition, where two
 * subjects or objects are as likely ("Barclays and Lloyds Bank said", "shares in Barclays and Lloyds Bank"): the
 * name follows "the", an owner, a word that describes it ("federal") or more of its capitals ("US", "National").
 */
export function joinsBodyHead(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1), opener = tokenAt(tokens, i - 2)
  if (tokens[i]?.normal !== 'and' || !before || !opener || opener.sentence !== before.sentence || breaks(opener)) return false
  if (!domainPart(before) || has(before, 'Acronym') || /^\p{Lu}+$/u.test(before.text) || isBodyHead(before.normal) ||
    lexiconTags(before.normal)?.includes('Organization')) return false
  if (!(opener.normal === 'the' || has(opener, 'Possessive') || capital(opener) || (has(opener, 'Adjective') && !has(opener, 'Noun')))) return false
  // (over at most three capitalised words of the domain, to the head: "and | Red Crescent | Societies")
  for (let k = i + 1; k <= i + 4; k++) {
    const t = tokenAt(tokens, k)
    if (!t || t.sentence !== before.sentence || !domainPart(t)) return false
    if (k > i + 1 && isBodyHead(t.normal)) return !has(t, 'Acronym')
    if (breaks(t)) return false
  }
  return false
}

/**
 * A capitalised word that may be part of a body's domain: no person's, title or time, and no place the lexicon knows
 * ("the Britain and Ireland Office" is two). The tagger's own reading of a place is let pass: it takes "Red
 * Crescent Societies" for one.
 */
const domainPart = (t: Token) => capital(t) && !has(t, 'Person') && !has(t, 'FirstName') && !has(t, 'Pronoun') && !has(t, 'Date') &&
  !TITLE_WORDS.has(t.normal) && !PERSON_ROLES.has(t.normal) && !HONORIFICS.has(t.normal) && !isPlaceWord(t.normal)

/** A word that heads a body's name: "Commission", "Union", "Societies", "Centre". */
function isBodyHead(word: string): boolean {
  return ORGANIZATION_NOUNS.has(word) || CENTRES.has(word) || BODY_PLURALS.has(word)
}

/** Heads in the plural that a body's name may end in: "the Red Cross and Red Crescent Societies". */
const BODY_PLURALS = new Set(['societies', 'services', 'unions', 'councils', 'associations', 'commissions', 'agencies'])

/**
 * Heads of a body's name that the lexicon keeps out of its body nouns ("the city centre" is a place), which with a
 * capital and a domain after "for" are a body: "the Centers for Disease Control and Prevention", "Johns Hopkins
 * Center for Systems Science and Engineering", "the Bureau of Alcohol and Tobacco".
 */
const CENTRES = new Set(['center', 'centers', 'centre', 'centres', 'bureau'])

/**
 * Where a capitalised body's name ends when it goes on past its head word: "the Hadley Commission | on Public
 * Safety", "the Department | of Parks and Recreation", "the Office | of the Budget". `to` is just after the head;
 * returned unchanged when no capitalised words follow a joining word ("the Commission on Monday", "the Council of
 * her city").
 */
export function bodyNameEnd(tokens: Token[], to: number): number {
  const head = tokenAt(tokens, to - 1)
  if (!head || !capital(head) || !ORGANIZATION_NOUNS.has(head.normal)) return to
  let end = to
  for (;;) {
    const joiner = tokenAt(tokens, end)
    if (!joiner || joiner.sentence !== head.sentence || breaks(tokenAt(tokens, end - 1))) return end
    let k = end + 1
    if (/^(of|for|on)$/.test(joiner.normal)) {
      // ("the Department of the Interior")
      if (joiner.normal === 'of' && tokenAt(tokens, k)?.normal === 'the') k++
    } else if (!joinsName(tokens, end)) return end
    const from = k
    while (k < tokens.length && tokens[k].sentence === head.sentence && domainWord(tokens[k]) && !has(tokens[k], 'Verb') &&
      !has(tokens[k], 'Date') && !has(tokens[k], 'Month') && !has(tokens[k], 'WeekDay') && (k === from || !breaks(tokens[k - 1]))) k++
    if (k === from) return end
    end = k
  }
}
