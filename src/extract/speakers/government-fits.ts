// Which body "the government" may mean: a state's executive, named as one. "The Hadley Health Ministry issued rules.
// The government said …" is the ministry's government; "the Clinton administration", "the Scottish Executive", "the
// Kremlin" are governments. Not any public body named before it: a parliament, a court, a watchdog, a service, an
// agency known by its letters ("The QTA and the Northwind Licensing Service … The government said" is neither).
import { ORGANIZATION_NOUNS, membersPlural } from '../lexicon/roles'
import { CORPORATE_ENDINGS } from '../lexicon/body-kinds'

/** Words that name a state's executive or a part of it: "the Australian government", "the Commerce Department". */
const EXECUTIVE = new Set(['government', 'administration', 'executive', 'cabinet', 'ministry', 'ministries', 'department', 'kremlin',
  'whitehall', 'presidency', 'élysée', 'elysee'])
/** Two-word names of an executive: "the White House", "Downing Street". */
const EXECUTIVE_PAIRS = [['white', 'house'], ['downing', 'street']]
/** Words that make a department a local service, no government: "the Hadley Fire Department". */
const LOCAL_SERVICES = new Set(['fire', 'police', 'sheriff', 'sheriff’s', "sheriff's", 'school', 'schools', 'parks', 'water'])

/** Whether "the government" may mean a body of these name words (each a word of the name, lower-cased). */
export function governmentFits(words: string[]): boolean {
  // (nor a party named by its members: "The Hadley Greens said … The government wanted …" is not the Greens)
  if (words.length === 0 || membersPlural(words[words.length - 1])) return false
  // (nor a body of another kind with an executive's word in its name: "the Hadley Local Government Association")
  if (words.some((w) => CORPORATE_ENDINGS.has(w) || (ORGANIZATION_NOUNS.has(w) && !EXECUTIVE.has(w)))) return false
  if (words.some((w) => LOCAL_SERVICES.has(w))) return false
  return words.some((w) => EXECUTIVE.has(w)) || EXECUTIVE_PAIRS.some(([a, b]) => words.some((w, k) => w === a && words[k + 1] === b))
}
