// Person names compared across articles, by the rules one article uses for its own speakers
// (src/extract/speakers/entities.ts): the same surname, and no first name that contradicts it;
// honorifics are not part of the name, though they tell a man from a woman.
//
//   "Donald Trump" ~ "Mr Trump" ~ "Trump" ~ "D. Trump"        one person
//   "Tom Okafor" ≁ "Ada Okafor"                                two
//   "Mr Smith" ≁ "Mrs Smith"                                  two
import { nameKey } from './entities'
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, NAME_PARTICLES } from '../lexicon/roles'

export type Gender = 'm' | 'f' | null

export interface PersonName {
  /** Lower-cased name words without honorifics: ["donald", "trump"]. */
  words: string[]
  /** From an honorific ("Mr", "Mrs"), else null. */
  gender: Gender
}

const PARTICLES = NAME_PARTICLES

/**
 * "Mr Donald Trump" → {words: ["donald", "trump"], gender: "m"}. Null for a description rather than a
 * name ("the Ukrainian president", "a spokesman"): its last word is not capitalised.
 */
export function personName(written: string): PersonName | null {
  const raw = written.trim().split(/\s+/).filter(Boolean)
  let gender: Gender = null
  let first = 0
  while (first < raw.length - 1 && HONORIFICS.has(raw[first].toLowerCase())) {
    gender ??= genderOf(raw[first].toLowerCase())
    first++
  }
  const rest = raw.slice(first)
  if (rest.length === 0 || !/^\p{Lu}/u.test(rest[rest.length - 1])) return null
  const words = rest.map(nameKey).filter(Boolean)
  return words.length > 0 ? { words, gender } : null
}

function genderOf(honorific: string): Gender {
  if (MALE_HONORIFICS.has(honorific)) return 'm'
  if (FEMALE_HONORIFICS.has(honorific)) return 'f'
  return null
}

export function surname(name: PersonName): string {
  return name.words[name.words.length - 1]
}

/** The first name, or null when the name is a surname alone ("Trump", "von der Leyen"). */
export function givenName(name: PersonName): string | null {
  const [first] = name.words
  return name.words.length >= 2 && !PARTICLES.has(first) ? first : null
}

/**
 * Whether two names with the same surname can be one person: a surname alone fits any first name;
 * two first names must agree, an initial standing for any name it begins ("D." for "Donald").
 */
export function compatible(a: PersonName, b: PersonName): boolean {
  if (surname(a) !== surname(b)) return false
  if (a.gender && b.gender && a.gender !== b.gender) return false
  const x = givenName(a)
  const y = givenName(b)
  if (x === null || y === null) return true
  return x === y || (x[0] === y[0] && (x.length <= 2 || y.length <= 2))
}
