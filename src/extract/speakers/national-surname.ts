// A people's word written right before the surname of someone the article named in full is that person's nationality,
// no part of a name: "Lindsay Hale beat Ann Cole. American Hale will now face Jo Marsh" is Lindsay Hale, not a
// person called "American Hale" whom "she said" could mean next. (Before a first and a last name the word is a
// label already: name-labels.ts.)
// Not a people's word before a surname nobody has ("American Hale" alone stays as written), nor a body's name
// ("British Airways"), nor a word the tagger also knows as a name ("Scott Hale" after "Ann Hale").
import type { Token } from '../../nlp/parse'
import { isCapitalized, tagged } from '../phrases'
import type { NameMention } from './names'
import { nationalForms } from '../lexicon/nationals'


/** Tags of a word that is part of a name itself, never a people's word before one. */
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific', 'Organization']

/**
 * The name without a people's word before a surname someone named before holds (`surnameOfSomeone`), its title
 * that word: "American Hale" → "Hale", title "American"; else null.
 */
export function withoutNationality(tokens: Token[], name: NameMention, surnameOfSomeone: (t: Token) => boolean): NameMention | null {
  if (name.to - name.from !== 2 || name.honorific || name.kind === 'organization') return null
  const label = tokens[name.from], surname = tokens[name.from + 1]
  if (!isCapitalized(label) || !isCapitalized(surname)) return null
  // (the tagger reads "Briton" as a person: a word of the list needs only to be no first or last name)
  // ("Briton Hale", "Spaniard Hale": a people's word the tagger may not read as a demonym, lexicon/nationals.ts)
  const people = nationalForms(label.normal) !== null ? !tagged(label, 'FirstName') && !tagged(label, 'LastName')
    : tagged(label, 'Demonym') && !NAME_TAGS.some((tag) => tagged(label, tag))
  if (!people) return null
  if (!surnameOfSomeone(surname)) return null
  return { ...name, from: name.from + 1, title: name.title ?? label.text }
}
