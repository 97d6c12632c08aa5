// Step 3 of a speaker's gender (gender.ts has steps 1 and 2): for people the article says nothing about, the usual
// gender of their first name. Kept apart from gender.ts, which the corpus summary reads, so that summing up results
// never loads the tagger's lexicon.
import type { Speaker } from '../../model'
import { OFFICES_IN_MAN, isRoleWord } from '../lexicon/gendered-words'
import { HONORIFICS, PERSON_ROLES, TITLE_WORDS } from '../lexicon/roles'
import { nameKey } from './entities'
import { firstNameGender } from './first-name-gender'

/**
 * Whether the tagger's lexicon holds a word as a first name ("Guy", not "businessman"), read on the first question:
 * the CLI loads this module for any input, and one that fails to read ("analyze missing.txt") never needs the tagger.
 */
function isFirstName(word: string): boolean {
  const { isFirstNameWord } = require('../../nlp/compromise') as typeof import('../../nlp/compromise')
  return isFirstNameWord(nameKey(word))
}

/**
 * Step 3, for people the article gives no evidence about: the usual gender of their first name, when US birth
 * records give it to at least 95 % of one sex ("Jessica Hall" → female; "Taylor Hall", "J. Hall" → nothing), and
 * for a woman whose only evidence is an office in -man ("chairman Mary Barra" → female). `givenNames`: one-word
 * names the article uses as first names ("Zoe said …"; given-names.ts), which are read as such.
 */
export function addNameGender(speakers: Speaker[], givenNames: readonly string[] = []): void {
  for (const speaker of speakers) {
    const evidence = speaker.genderEvidence ?? []
    // "GM chairman Mary Barra": an office in -man is the one piece of evidence a woman's first name outweighs
    const onlyOffice = speaker.gender === 'male' && evidence.length > 0 &&
      evidence.every((e) => e.kind === 'title' && OFFICES_IN_MAN.has(e.text.toLowerCase()))
    if (!onlyOffice && (speaker.gender || evidence.length > 0)) continue
    const named = speaker.kind === 'person' ? speaker.name : speaker.kind === 'anonymous' ? nameAfterRole(speaker.name) : null
    if (named === null) continue
    // "Lord of the Rings director Kiri Tane said …, Tane added, … he said": the person the article names that way
    // speaks for the description too, with the article's own words about them
    const same = speaker.kind === 'anonymous' ? speakers.find((s) => s.kind === 'person' && (s.name === named || s.aliases.includes(named))) : undefined
    if (same?.gender && same.genderEvidence?.some((e) => e.kind !== 'first-name')) {
      Object.assign(speaker, { gender: same.gender, genderEvidence: same.genderEvidence })
      continue
    }
    if (same?.genderConflict) continue
    const first = firstNameOf(named) ?? (speaker.kind === 'person' && givenNames.includes(named) ? named : null)
    const found = first === null ? null : firstNameGender(first)
    if (!found || first === null || (onlyOffice && found.gender !== 'female')) continue
    speaker.gender = found.gender
    speaker.genderEvidence = [{ kind: 'first-name', gender: found.gender, text: first, ...(found.share === undefined ? {} : { share: found.share }) }]
  }
}

/**
 * The name that ends an unnamed source's description right after its role, where the tagger did not split the
 * two: "Lord of the Rings director Kiri Tane" → "Kiri Tane". Not a name after "for", "of", "at" ("a lawyer for
 * Anna Hale" is not Anna Hale), and not one word ("a spokeswoman for Justice").
 */
export function nameAfterRole(description: string): string | null {
  const words = description.split(/\s+/)
  let from = words.length
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1])) from--
  if (words.length - from < 2 || from === 0) return null
  const before = words[from - 1]
  return /^\p{Ll}/u.test(before) && isRoleWord(before, isFirstName) ? words.slice(from).join(' ') : null
}

/** "Jessica Hall" → "Jessica", "Actress Jessica Hall" → "Jessica"; "J. Hall", "Hall", "Dr Hall", "de Vries" → null. */
export function firstNameOf(name: string): string | null {
  let words = name.split(/\s+/)
  // "Assemblywoman Kiri Tane", "Businessman Tom Reyes": a role the name took in at its head is no first name
  while (words.length > 2 && isRoleWord(words[0], isFirstName)) words = words.slice(1)
  if (words.length < 2) return null
  const first = words[0]
  const lower = first.toLowerCase()
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(first)) return null
  if (HONORIFICS.has(lower) || HONORIFICS.has(`${lower}.`) || TITLE_WORDS.has(lower) || PERSON_ROLES.has(lower)) return null
  return first
}
