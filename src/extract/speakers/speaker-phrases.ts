// The words of a speaker phrase that say what kind of mention it is, shared by the resolver and its descriptions:
// its determiner ("a European official", "the company", "his lawyer", "some voters"), whether its head is
// plural ("officials", "the Tories"), and how a body or a description is written as a speaker's name.
import type { Token } from '../../nlp/parse'
import { membersPlural } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'

export const INDEFINITE = new Set(['a', 'an', 'one', 'another'])
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])
export const QUANTIFIERS = new Set(['some', 'many', 'several', 'other', 'most', 'few', 'both', 'all', 'two', 'three', 'four', 'these', 'those'])
export const DEFINITE = new Set(['the', 'this', 'that'])

/** The words of [from, to) as the text writes them. */
export const written = (tokens: Token[], r: TokenRange, text: string) => text.slice(tokens[r.from].start, tokens[r.to - 1].end)

/** "officials", "Supporters" (opening a sentence), "the Tories": a group, never one person. */
export function pluralHead(t: Token, before: Token | undefined): boolean {
  return membersPlural(t.normal) || (tagged(t, 'Plural') && !tagged(t, 'Person') && !tagged(t, 'Possessive')) ||
    namedGroup(t, before)
}

/**
 * "the Tories", "the Harriers": a capitalised plural after "the" names a party, a team, a people, whatever
 * the tagger made of it (it tags "Tories" a proper noun). A person's name does not take "the".
 */
function namedGroup(t: Token, before: Token | undefined): boolean {
  return before?.normal === 'the' && isCapitalized(t) && /[^su'’]s$/.test(t.text) && (!t.tags.has('Place') || peoplePlural(t)) &&
    !t.tags.has('Person') && !t.tags.has('FirstName') && !t.tags.has('LastName') && !t.tags.has('Possessive') &&
    !t.tags.has('Organization')
}

/**
 * A people named by the plural of its land's adjective, which the tagger reads as a place: "the Azerbaijanis",
 * "the Pakistanis", "the Israelis" (not a city ending so: "the Paris of the east").
 */
export function peoplePlural(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{3,}is$/u.test(t.text) && !t.tags.has('City')
}

/** "The Kremlin" → "the Kremlin", "some voters" → "voters". */
export function bodyName(written: string): string {
  // "the Harbour Works Committee (HWC" → "the Harbour Works Committee"
  // ("Northwind’s" as a body's name is Northwind)
  const phrase = written.replace(/\s*\([^)]*$/, '').replace(/[’']s$/, '')
  const m = /^(the|some|many|several|other|most|these|those)\s+(.*)$/is.exec(phrase)
  if (!m) return phrase
  return /^the$/i.test(m[1]) ? `the ${m[2]}` : m[2]
}

/** "A European official" → "a European official": an anonymous source named as a reader would. */
export function lowerArticle(phrase: string): string {
  return phrase.replace(/^(A|An|One|Another)\b/, (m) => m.toLowerCase())
}

/** People's names for one of them the tagger does not mark as such: "the Briton", "the Scot" (a first name too). */
const NATIONALS = new Set(['briton', 'brit', 'scot', 'pole', 'finn', 'turk', 'kiwi', 'aussie', 'yank', 'swede', 'dane', 'spaniard'])

/**
 * Whether a capitalised word after "the" is one of a people, a role rather than a name: "the Australian said",
 * "the Frenchman", "the Scot" (not "The Australian", a newspaper, with its capital "The" inside a sentence).
 */
export function isNational(tokens: Token[], at: number): boolean {
  const t = tokens[at]
  const before = tokens[at - 1]
  if (!isCapitalized(t) || before?.normal !== 'the' || (before.text === 'The' && tokens[at - 2]?.sentence === before.sentence)) return false
  return tagged(t, 'Demonym') || NATIONALS.has(t.normal) ||
    (/^\p{Lu}\p{Ll}+(?:man|woman)$/u.test(t.text) && !tagged(t, 'LastName') && !tagged(t, 'FirstName'))
}
