// A capitalised word written right before a person's first and last names, which says what the person is, is no part
// of the name: "American Tom Hale said" (a people), "Referee Tom Hale" (a common noun capitalised as a label),
// "MEP Tom Hale", "DJ Tom Hale" (letters of an office), "Meanwhile Tom Hale said" (an adverb opening the sentence).
// compromise tags such words a demonym, a plain noun, an acronym or an adverb, and the name ran on over them
// ("American Ann Okafor", "DJ Mike Reyes", "MEP Robert Hale-Dunmore" were the speakers' names).
// Not a word the tagger knows for part of a person's name ("Hugh Morgan Williams"), nor one before a word that
// is only possibly a first name ("Brin Jan Okafor": a plain noun needs a first name the tagger is sure of).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isCapitalized, tagged } from '../phrases'

/** Letters of an office written before a name: "MEP Tom Hale", "DJ Tom Hale" (not "JP Morgan Chase"). */
const OFFICE_LETTERS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'AM', 'TD', 'DJ', 'QC'])

/** Tags of a word that is part of a name itself, never a label before one. */
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific', 'Place', 'Organization']

/** Whether token i is a label right before a person's first and last names: "American" in "American Tom Hale". */
export function labelBeforeName(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1), after = tokenAt(tokens, i + 2)
  if (!next || !after || !isCapitalized(t) || breaksAfter(t) || breaksAfter(next)) return false
  if (next.sentence !== t.sentence || after.sentence !== t.sentence || !isCapitalized(after)) return false
  // the words after it are a first name and a surname
  const first = tagged(next, 'FirstName')
  if (!(first || tagged(next, 'Person')) || !(tagged(after, 'Person') || tagged(after, 'LastName'))) return false
  if (OFFICE_LETTERS.has(t.text)) return true
  // (nor an initial: "J. Gerald Hale")
  if (/^\p{Lu}{2,}$|^\p{Lu}\.?$/u.test(t.text)) return false
  // ("“… a fair price for the land.” Farmer Tom Hale agreed": after a quote the tagger reads a common noun that opens
  // the sentence as a person, though as no first or last name; before a first name it is sure of, it is a label)
  const opens = tokenAt(tokens, i - 1)?.sentence !== t.sentence
  // (not the first half of a hyphenated first name: "Jean-Luc Hadley")
  if (opens && first && !/-/.test(t.post) && !tagged(t, 'Hyphenated') && tagged(t, 'Person') && !['FirstName', 'LastName', 'Honorific', 'Place', 'Organization'].some((tag) => tagged(t, tag))) return true
  if (NAME_TAGS.some((tag) => tagged(t, tag))) return false
  if (tagged(t, 'Demonym') || tagged(t, 'Adverb')) return true
  // a common noun capitalised before a first name the tagger is sure of: "Referee Tom Hale", "Corkman Tom Hale"
  return first && tagged(t, 'Noun') && !tagged(t, 'ProperNoun')
}
