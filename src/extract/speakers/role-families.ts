// Roles one person seldom holds two of in a story: "the prime minister" is no "Tory MP", "the Rovers boss" no
// "Hadley striker", "the witness" no "defence lawyer". A bare description is given to the person the story keeps
// naming only when that person's title names no other role; roles of one family stand for each other ("the boss"
// for "Arsenal manager", "the minister" for "Home Secretary Ann Lee", "the star" for "Actor Tom Hale").
import { nameKey } from './entities'
import { expandTitle } from './description-fits'

/** Families of roles that may name one person; a word may be in more than one. */
const FAMILIES: string[][] = [
  // those who run a club, a firm or a body
  ['boss', 'chief', 'head', 'leader', 'manager', 'coach', 'chairman', 'chairwoman', 'chair', 'director', 'president', 'founder', 'owner',
    'executive', 'ceo', 'commissioner', 'governor', 'premier', 'minister', 'secretary', 'chancellor', 'mayor', 'captain', 'skipper'],
  // offices of a government: "the minister" for "Home Secretary Ann Lee"
  ['minister', 'secretary', 'chancellor', 'politician'],
  // members of a parliament
  ['mp', 'mla', 'mpp', 'senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'politician', 'legislator'],
  // players
  ['player', 'striker', 'forward', 'goalkeeper', 'keeper', 'defender', 'midfielder', 'winger', 'captain', 'skipper', 'star', 'international',
    'footballer', 'athlete', 'champion'],
  // the screen and the stage
  ['actor', 'actress', 'star', 'singer', 'musician', 'artist', 'performer', 'comedian', 'rapper', 'presenter', 'host', 'broadcaster', 'anchor'],
  // the press
  ['journalist', 'reporter', 'editor', 'correspondent', 'columnist', 'writer', 'author', 'presenter', 'host', 'broadcaster', 'anchor'],
  // the law
  ['lawyer', 'attorney', 'counsel', 'barrister', 'solicitor', 'prosecutor'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['judge', 'justice'],
  ['economist', 'analyst', 'strategist'],
  ['witness'],
  ['ambassador', 'envoy', 'diplomat'],
  ['doctor', 'surgeon', 'physician'],
  ['professor', 'academic', 'researcher', 'scientist'],
  ['detective', 'officer', 'inspector', 'constable', 'sergeant'],
]

const FAMILIES_OF = new Map<string, number[]>()
FAMILIES.forEach((family, n) => family.forEach((w) => FAMILIES_OF.set(w, [...(FAMILIES_OF.get(w) ?? []), n])))

/** Words before "officer" that make it a firm's officer, not a police one: "chief financial officer", "executive officer". */
const FIRM_OFFICER = /\b(chief|executive|financial|operating|technology|information|marketing)\s+officer$/

/**
 * The roles a title names, the last word of each part: "chairman and chief executive officer" holds two ("chairman",
 * "executive": a firm's officer), "footballer and record company boss" two ("footballer", "boss").
 */
function rolesOf(title: string): string[] {
  return title.toLowerCase().split(/\s+(?:and|&)\s+|,\s*/).map((part) => {
    const words = part.split(/\s+/).map(nameKey).filter(Boolean)
    const last = words[words.length - 1] ?? ''
    if (last === 'officer' && FIRM_OFFICER.test(words.join(' '))) return 'executive'
    return expandTitle(last)
  }).filter(Boolean)
}

/**
 * Whether a person's title names only roles of no family the description's head is in: "Tory MP" for "the prime
 * minister". A role either word is no known role of is no conflict ("star of the film", "the veteran"); nor is a
 * title of two roles one of which fits ("league footballer and shop owner" is "the striker").
 */
export function namesOtherRole(title: string, head: string): boolean {
  const mine = FAMILIES_OF.get(head)
  if (!mine) return false
  const roles = rolesOf(title)
  if (roles.length === 0) return false
  return roles.every((role) => {
    if (role === head) return false
    const theirs = FAMILIES_OF.get(role)
    return !!theirs && !mine.some((n) => theirs.includes(n))
  })
}

/**
 * The other word for an office of government with a portfolio: "the foreign minister" is "Foreign Secretary Ann
 * Reyes", "the defence secretary" "Defence Minister Tom Hale" (countries name the same office either way).
 */
export function portfolioSynonym(head: string): string | null {
  return head === 'minister' ? 'secretary' : head === 'secretary' ? 'minister' : null
}
