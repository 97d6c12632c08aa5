// The usual gender of a first name, from US birth records (first-names-data.ts, built by
// scripts/build-first-names.mjs): "Jessica" → female, 99.8 % of babies so named; "Taylor" → nothing, too mixed.
//
// Only a fallback: a speaker's gender comes from how the article refers to them ("she said", "Mr Ortiz"), and
// this is asked only when the article says nothing. The 140 KB list is read on the first question, not before:
// `analyze --version`, and runs with --no-name-gender, never load it.
import { nameKey } from './entities'

export interface NameGender {
  gender: 'female' | 'male'
  /** The share of US babies of that name, born 1930–2005, who were of that sex (0.95 to 1). */
  share: number
}

let table: Map<string, NameGender> | undefined

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
  return map
}

/** The gender most babies given this first name had, when at least 95 % had it; else null. */
export function firstNameGender(firstName: string): NameGender | null {
  table ??= load()
  return table.get(nameKey(firstName)) ?? null
}

/** Whether the list has been read in this process (for the test that --version never loads it). */
export function firstNamesLoaded(): boolean {
  return table !== undefined
}
