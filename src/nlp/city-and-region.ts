// A town and its state after a comma are a place, not a person: compromise reads "Marion, Ohio" as a first name and
// a surname ("The sheriff of Marion, Ohio, said …" then had "Ohio" for its speaker), and so "Madison, Wisconsin",
// "Eugene, Oregon", "Elizabeth, New Jersey". A state or province after the comma settles it.
import { lexiconTags } from './compromise'
import type { Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'

/** Words that open a region's two-word name: "New Jersey", "North Carolina", "British Columbia". */
const REGION_OPENERS = new Set(['new', 'north', 'south', 'west', 'east', 'british', 'rhode', 'nova', 'prince'])
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'])

/** Whether the lexicon holds a word as a state, a province or a country, and never as a name ("ohio"; not "jordan"). */
function regionWord(word: string): boolean {
  const tags = lexiconTags(word)
  return !!tags && tags.some((tag) => tag === 'Region' || tag === 'Country') && !tags.some((tag) => /Name$|^Person$/.test(tag))
}

/** How many tokens from i name a region: "Ohio" 1, "New Jersey" 2; 0 for none. */
function regionLength(tokens: Token[], i: number): number {
  const t = tokens[i]
  if (!capitalised(t)) return 0
  if (regionWord(t.normal)) return 1
  const next = tokenAt(tokens, i + 1)
  if (!REGION_OPENERS.has(t.normal) || !next || t.post !== '' || next.sentence !== t.sentence || !capitalised(next)) return 0
  return regionWord(next.normal) || has(next, 'Region') || has(next, 'Country') ? 2 : 0
}

/**
 * Retags each "Town, Region" compromise read as a person: the region always, the town when it is one word that no
 * first name or honorific stands before ("Tom Hale, Ohio's senator" keeps Hale a person).
 */
export function townsBeforeRegions(tokens: Token[], retag: (t: Token, tags: string[], drop: ReadonlySet<string>) => void): void {
  for (let i = 1; i < tokens.length; i++) {
    const town = tokens[i - 1]
    if (town.post !== ',' || town.sentence !== tokens[i].sentence || !capitalised(town)) continue
    const length = regionLength(tokens, i)
    if (length === 0) continue
    const region = tokens.slice(i, i + length)
    if (!region.some((t) => has(t, 'Person')) && !has(town, 'Person')) continue
    const before = tokenAt(tokens, i - 2)
    const named = !!before && before.sentence === town.sentence && before.post === '' && (capitalised(before) || has(before, 'Honorific'))
    if (named) continue
    retag(town, ['Place', 'City', 'ProperNoun'], NAME_TAGS)
    for (const t of region) retag(t, ['Place', 'Region', 'ProperNoun'], NAME_TAGS)
  }
}
