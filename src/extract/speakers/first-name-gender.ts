// The usual gender of a first name, from US birth records (first-names-data.ts, built by
// scripts/build-first-names.mjs): "Jessica" → female, 99.8 % of babies so named; "Taylor" → nothing, too mixed.
// A name the US records never hold is looked up in the World Gender-Name Dictionary's (world-names-data.ts):
// "Somchai" → male, "Sviatlana" → female; it never answers for a name the US records hold, even when they say
// nothing ("Taylor").
//
// Only a fallback: a speaker's gender comes from how the article refers to them ("she said", "Mr Ortiz"), and
// this is asked only when the article says nothing. The 140 KB list is read on the first question, not before:
// `analyze --version`, and runs with --no-name-gender, never load it.
import { nameKey } from './entities'

export interface NameGender {
  gender: 'female' | 'male'
  /** The share of US babies of that name, born 1930–2005, who were of that sex (0.95 to 1); none for a world name. */
  share?: number
}

let table: Map<string, NameGender> | undefined
/** Names the list leaves out as other languages give them to men: "Jean", "Andrea", "Jan". */
let otherLanguages: Set<string> | undefined

function load(): Map<string, NameGender> {
  const data = require('../lexicon/first-names-data') as typeof import('../lexicon/first-names-data')
  const map = new Map<string, NameGender>()
  const read = (list: string, gender: NameGender['gender']) => {
    for (const entry of list.split('|')) {
      const [name, perMille] = entry.split(' ')
      map.set(name, { gender, share: perMille ? Number(perMille) / 1000 : 1 })
    }
  }
  read(data.FEMALE_NAMES, 'female')
  read(data.MALE_NAMES, 'male')
  otherLanguages = new Set(data.OTHER_LANGUAGES.split('|'))
  return map
}

/**
 * The world list (65,000 names, about 100 ms and 15 MB more), read only when a name is not in the US one: an
 * article whose people are all "Jessica Hall" and "Tom Okafor" never needs it. The build keeps the two apart.
 */
let world: Map<string, NameGender> | undefined

function loadWorld(): Map<string, NameGender> {
  const data = require('../lexicon/world-names-data') as typeof import('../lexicon/world-names-data')
  const map = new Map<string, NameGender>()
  readFrontCoded(data.WORLD_FEMALE, (name) => map.set(name, { gender: 'female' }))
  readFrontCoded(data.WORLD_MALE, (name) => map.set(name, { gender: 'male' }))
  return map
}

/** A name's entry in the US list, else in the world list, which holds no name the US records hold ("Taylor", too mixed there, stays without). */
function lookup(key: string): NameGender | undefined {
  table ??= load()
  return table.get(key) ?? (world ??= loadWorld()).get(key)
}

/** "0amber|3ira" → "amber", "ambira": each name after the first starts with how many letters it shares with the one before. */
export function readFrontCoded(list: string, each: (name: string) => void): void {
  let previous = ''
  for (const entry of list.split('|')) {
    previous = previous.slice(0, Number(entry[0])) + entry.slice(1)
    each(previous)
  }
}

/**
 * The gender most babies given this first name had, when at least 95 % had it; for a name the US records never
 * hold, the one the World Gender-Name Dictionary gives it when all its sources agree; else null. Accents are folded
 * ("José", "Zoë" as "Jose", "Zoe"). A hyphenated name is read by its first part ("Anne-Marie" as "Anne",
 * "José-Luis" as "Jose"), else as the records spell the pair ("Jean-Pierre" as "Jeanpierre", male); but a pair
 * whose first part other languages give to men is never a woman's ("Jean-Marie": US records give "Jeanmarie" to
 * girls, French to men), so it says nothing then.
 */
export function firstNameGender(firstName: string): NameGender | null {
  const key = nameKey(firstName)
  const parts = key.split('-').filter(Boolean)
  if (parts.length < 2) return lookup(key) ?? null
  const first = lookup(parts[0])
  if (first) return first
  const pair = lookup(parts.join('')) ?? null
  return pair && pair.gender === 'female' && otherLanguages?.has(parts[0]) ? null : pair
}

/** Whether the list has been read in this process (for the test that --version never loads it). */
export function firstNamesLoaded(): boolean {
  return table !== undefined
}
