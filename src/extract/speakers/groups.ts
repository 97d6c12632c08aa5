// Groups that act before anyone says "they": "Phone companies refuse to pay because they say the law is unfair",
// "Ann Reyes and her husband run the shop. “We cannot stay,” they said." Neither group speaks first, so no
// speaker phrase registers it; found here, as subjects, they are whom "they" means next.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { GROUP_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLES } from '../lexicon/roles'
import { breaksAfter, isCapitalized, isNounish, phraseEndingAt, phraseStartingAt, tagged, verbAt, type TokenRange } from '../phrases'
import { nameInPhrase } from './names'
import { joinsName } from '../name-joins'
import { personAndTheirs } from './person-and-theirs'

/** "Ms Lee and Mr Hale", "Ms Lee and her lawyer": two people named together, a pair of their own. */
export function isPair(tokens: Token[], r: TokenRange): boolean {
  const and = tokens.slice(r.from, r.to).findIndex((t) => t.normal === 'and')
  // ("the Food and Drug Administration": an "and" inside one body's name, name-joins.ts)
  if (and <= 0 || joinsName(tokens, r.from + and)) return false
  const second = r.from + and + 1
  // ("Ms Lee and her lawyer": a person and someone of theirs, together)
  const theirs = r.to - second === 2 && /^(his|her|their)$/.test(tokens[second]?.normal ?? '') && PERSON_ROLES.has(tokens[second + 1]?.normal ?? '')
  return !!nameInPhrase(tokens, { from: r.from, to: r.from + and }) && (theirs || !!nameInPhrase(tokens, { from: second, to: r.to }))
}

/** Whether the second of a pair opens with its name or a possessive: "Tom Hale", "Sen. Tom Hale", "her husband". */
function nameOpens(tokens: Token[], r: TokenRange): boolean {
  if (/^(his|her|their)$/.test(tokens[r.from].normal)) return true
  const name = nameInPhrase(tokens, r)
  return !!name && tokens.slice(r.from, name.from).every((t) => isCapitalized(t))
}

/** "farmers", "phone companies", "unions": a plural for people or bodies (not "prices", which say nothing). */
function peoplePlural(t: Token): boolean {
  if (tagged(t, 'Possessive') || tagged(t, 'Pronoun') || tagged(t, 'Place') || tagged(t, 'Value') || tagged(t, 'Date')) return false
  if (GROUP_NOUNS.has(t.normal)) return true
  if (!/s$/.test(t.normal) || /ss$/.test(t.normal)) return false
  const one = t.normal.replace(/ies$/, 'y').replace(/(ch|sh|x)es$/, '$1').replace(/s$/, '')
  return PERSON_ROLES.has(one) || ORGANIZATION_NOUNS.has(one)
}

/** Whether a phrase is a role of one or two lower-case words and a name: "frontbencher John Redwood". */
function roleThenName(tokens: Token[], r: TokenRange): boolean {
  const name = nameInPhrase(tokens, r)
  const before = name ? tokens.slice(r.from, name.from) : []
  return !!name && before.length >= 1 && before.length <= 2 && before.every((t) => !isCapitalized(t) && tagged(t, 'Noun') && !tagged(t, 'Plural'))
}

/** A phrase without the time it ends in: "Oliver Letwin last week" → "Oliver Letwin". */
function withoutTime(tokens: Token[], r: TokenRange): TokenRange {
  // (not "Jane May": a capitalised month may be a surname)
  for (let k = r.from + 1; k < r.to; k++) {
    if (afterTime(tokens, k) === r.to && (!isCapitalized(tokens[k]) || tagged(tokens[k], 'WeekDay'))) return { from: r.from, to: k }
  }
  return r
}

/** The token after a time right at i ("on Thursday", "yesterday", "last week"), else i. */
function afterTime(tokens: Token[], i: number): number {
  let k = i
  if (/^(on|last|this|earlier|later)$/.test(tokenAt(tokens, k)?.normal ?? '')) k++
  if (!tagged(tokenAt(tokens, k), 'Date')) return i
  while (tagged(tokenAt(tokens, k), 'Date')) k++
  return k
}

/**
 * Where a list of names that ends in a pair begins: "Ann Reyes, Tom Hale, Mark Jones and Sarah Lee signed" is the
 * four of them, not the last two. Each name before the pair stands after a comma of its own; a phrase without a
 * person's name ends the list ("In Leeds, Tom Hale and Sarah Lee signed", "The mayor, Tom Hale and Sarah Lee").
 */
function listStart(tokens: Token[], from: number, floor: number): number {
  let start = from
  while (start - 1 > floor && /^,\s*$/.test(tokens[start - 1].post)) {
    const item = phraseEndingAt(tokens, start, floor)
    const name = item && nameInPhrase(tokens, item)
    if (!item || !name || name.kind !== 'person' || name.to !== start || !opensWithName(tokens, item, name)) break
    start = item.from
  }
  return start
}

/** Whether a phrase is its name, after capitals only: "Tom Hale", "Sen. Tom Hale" (not "the mayor Tom Hale"). */
function opensWithName(tokens: Token[], r: TokenRange, name: TokenRange): boolean {
  return tokens.slice(r.from, name.from).every((t) => isCapitalized(t))
}

const CONJUNCTIONS = /^(and|but|yet|so|or|nor|still|now|then)$/

/** Plural subjects and pairs of people with a verb right after them, in text order. */
export function findGroups(tokens: Token[], sentenceStart: (i: number) => number): TokenRange[] {
  const groups: TokenRange[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (breaksAfter(t) || tokenAt(tokens, i + 1)?.sentence !== t.sentence) continue
    if (t.normal === 'and') {
      const left = phraseEndingAt(tokens, i, sentenceStart(i))
      // ("Ann Reyes and her colleagues met …", person-and-theirs.ts)
      const theirs = left && personAndTheirs(tokens, i, left)
      if (theirs) {
        groups.push(theirs)
        continue
      }
      const found = phraseStartingAt(tokens, i + 1, tokens.length)
      // ("Tom Hale and Oliver Letwin last week unveiled": the time is no part of the second name)
      const right = found && withoutTime(tokens, found)
      if (!left || !right || right.to - 1 >= tokens.length || breaksAfter(tokens[right.to - 1])) continue
      const pair = { from: left.from, to: right.to }
      // (not "Popular Christian and corporate speaker Lance Wallnau believes": one person, described twice; but
      // "Michael Howard and frontbencher John Redwood launched": a role before the second name, after a first one
      // that ends in its name)
      const opens = nameOpens(tokens, right) || (tagged(tokens[left.to - 1], 'Person') && roleThenName(tokens, right))
      // ("… on Thursday launched": over a time between the pair and its verb)
      if (verbAt(tokens, afterTime(tokens, right.to)) && isPair(tokens, pair) && opens) groups.push({ from: listStart(tokens, left.from, sentenceStart(i)), to: pair.to })
      continue
    }
    // the head of its phrase: "phone companies refuse", not "union leaders" at "union"
    if (!peoplePlural(t) || isNounish(tokenAt(tokens, i + 1)) && !verbAt(tokens, i + 1) || !verbAt(tokens, i + 1)) continue
    const found = phraseEndingAt(tokens, i + 1, sentenceStart(i))
    // ("Yet Republicans say …": a conjunction opening the sentence is no word of the group's)
    if (found && CONJUNCTIONS.test(tokens[found.from].normal) && found.to - found.from > 1) found.from++
    if (found) groups.push(found)
  }
  return groups
}
