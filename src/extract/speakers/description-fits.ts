// Whether a description can mean an entity: "the Ohio Democrat" fits "a Democratic senator from Ohio", "the
// governor" does not fit "Sen. Tom Hale", "the actress" not a man, "the company" not "Hadley University", and
// "the 32-year-old" not someone the article gave another age.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { ORGANIZATION_NOUNS, TITLE_WORDS } from '../lexicon/roles'
import { roleGender } from '../lexicon/gendered-words'
import { nameKey, type Entity } from './entities'
import { namesOtherRole } from './role-families'
import { governmentFits } from './government-fits'

/** The age in "the 32-year-old plumber" (the tagger keeps "32", "year" and "old" as words of their own). */
export function ageIn(tokens: Token[], from: number, to: number): number | undefined {
  // (or one word, the phrase's last: "… said the 20-year-old." ends with it, and no word follows to look at)
  for (let i = from; i < to; i++) {
    if (i + 2 < to + 1 && /^\d{1,3}$/.test(tokens[i].text) && tokens[i].post === '-' && tokenAt(tokens, i + 1)?.normal === 'year' && tokenAt(tokens, i + 2)?.normal === 'old') return Number(tokens[i].text)
    const joined = /^(\d{1,3})-year-old$/.exec(tokens[i].normal)
    if (joined) return Number(joined[1])
  }
  return undefined
}

/**
 * The tokens in [from, to) that spell an age: "60", "year" and "old" of "the 60-year-old actor", which are no words
 * of a title ("Actor Tom Hale" is the 60-year-old actor).
 */
export function ageTokens(tokens: Token[], from: number, to: number): Set<number> {
  const at = new Set<number>()
  for (let i = from; i + 2 < to + 1; i++) {
    if (/^\d{1,3}$/.test(tokens[i].text) && tokens[i].post === '-' && tokenAt(tokens, i + 1)?.normal === 'year' && tokenAt(tokens, i + 2)?.normal === 'old') {
      at.add(i).add(i + 1).add(i + 2)
    }
  }
  return at
}

/** Words that place an office in time, not in the title: "the former minister", "the then governor". */
const TIME_WORDS = new Set(['former', 'then', 'ex', 'outgoing', 'erstwhile', 'onetime', 'one-time'])

/** The modifiers of a description without the words that place it in time: ["cabinet"] for "the former cabinet secretary". */
export function timeless(modifiers: string[]): string[] {
  return modifiers.filter((w) => !TIME_WORDS.has(w))
}

/** Whether a title places its office in the past: "former cabinet secretary", "ex-Labour leader". */
export function pastTitle(title: string): boolean {
  // ("one-time" whole, "ex" of "ex-Labour" as a part)
  return title.toLowerCase().split(/\s+/).some((w) => TIME_WORDS.has(w) || w.split('-').some((part) => TIME_WORDS.has(part)))
}

/** Roles that speak for someone else: "the spokesman for the mayor", "a lawyer for the family". */
export const SURROGATES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'attorney', 'aide', 'adviser', 'advisor',
  'representative', 'agent', 'publicist', 'assistant', 'counsel'])

/**
 * Whether a person cannot be the one a role names: their title names another office ("the governor" for "Sen. Tom
 * Hale"; "the spokesman" for "Mayor Tom Hale", whose spokesman speaks for him), or a gendered role is of the other
 * gender ("the actress" for "Mr Hale").
 */
export function roleExcludes(e: Entity, head: string): boolean {
  const gendered = roleGender(head)
  if (gendered && e.gender && e.gender !== (gendered === 'female' ? 'f' : 'm')) return true
  // "presidential candidate Ann Reyes" runs for the office "the president" holds
  if (e.title && e.title.split(/\s+/).some((w) => officeAdjective(nameKey(w), head))) return true
  // "Tory MP Tom Hale" is not "the prime minister", "Hadley striker Tom Hale" not "the Rovers boss" (role-families.ts)
  // (not a title of the past: "Former welfare minister Tom Hale" may be "the MP for Hadley")
  if (e.title && !pastTitle(e.title) && namesOtherRole(e.title, head)) return true
  return (TITLE_WORDS.has(head) || SURROGATES.has(head)) && !!e.title && e.title.split(/\s+/).some((w) => TITLE_WORDS.has(expandTitle(nameKey(w)))) && !titleFits(e.title, head, [])
}

/** Abbreviated titles as words, keyed as nameKey writes them: "Sen." → "senator", "Gov." → "governor". */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator', gov: 'governor', rep: 'representative', gen: 'general', capt: 'captain', col: 'colonel', lt: 'lieutenant',
  sgt: 'sergeant', prof: 'professor', pres: 'president', supt: 'superintendent', insp: 'inspector', det: 'detective',
}

export function expandTitle(word: string): string {
  return TITLE_ABBREVIATIONS[word] ?? word
}

/**
 * Whether a description fits a title: its head and every modifier in the title, a word matching its other form
 * ("the Ohio Democrat" fits "a Democratic senator from Ohio"; "the Ohio senator" does not fit "a Texas senator").
 */
export function titleFits(title: string, head: string, modifiers: string[]): boolean {
  const words = title.split(/\s+/).map((w) => expandTitle(nameKey(w)))
  const has = (w: string) => words.some((t) => sameWord(t, w))
  // "the governor" is not "Deputy Governor Tom Hale", unless it says "the deputy governor"
  // (nor "the presidential nominee" the "vice presidential nominee", nor "the health minister" a "Deputy Health Minister")
  const at = words.findIndex((w) => sameWord(w, head))
  const rank = words.find((w, i) => LESSER_RANKS.has(w) && i < at)
  return has(head) && modifiers.every(has) && (!rank || modifiers.includes(rank))
}

/** Words before a role that make it another office: a deputy governor is not the governor. */
const LESSER_RANKS = new Set(['deputy', 'vice', 'assistant', 'associate', 'under', 'lieutenant', 'shadow', 'junior'])

/** "democrat" and "democratic", "republican" and "republicans": one word in two forms. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  // ("the president" is no "presidential candidate", "the mayor" no "mayoral hopeful": the adjective of an office
  // describes someone who does not hold it)
  if (OFFICE_ADJECTIVE.test(long.slice(short.length))) return false
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3
}

/** Whether a word is the adjective of an office: "presidential" of "president", "mayoral" of "mayor". */
function officeAdjective(word: string, office: string): boolean {
  return office.length >= 4 && word.startsWith(office) && OFFICE_ADJECTIVE.test(word.slice(office.length))
}

/** The endings that make an adjective of an office: "presidential", "mayoral", "ministerial", "senatorial". */
const OFFICE_ADJECTIVE = /^i?al$/

/** Words for a business: "the company" is no body whose name says it is another kind ("Hadley University"). */
const COMMERCIAL = new Set(['company', 'firm', 'business', 'corporation', 'retailer', 'airline', 'carrier', 'manufacturer', 'maker',
  'startup', 'giant', 'bank', 'producer', 'publisher', 'broadcaster'])

/**
 * Whether "the company" may mean a body: not "Temple University" or "the State Department", which are no
 * companies; and whether "the government" may: not "Hadley Group" or "Northwind Corp", named before it ("… were
 * Hadley Group and Kestrel Tobacco. In its case, the government claimed …" is the government).
 */
export function kindFits(head: string, e: Entity): boolean {
  const words = e.words.flatMap((w) => w.split(' '))
  // (a state's executive, named as one: government-fits.ts)
  if (head === 'government') return governmentFits(words)
  if (!COMMERCIAL.has(head)) return true
  return !words.some((w) => ORGANIZATION_NOUNS.has(w) && !COMMERCIAL.has(w))
}

/** Offices one person holds one of at a time: "the chancellor" is not also "the prime minister" of the same story. */
const OFFICES = new Set(['president', 'minister', 'chancellor', 'governor', 'mayor', 'senator', 'premier', 'congressman', 'congresswoman',
  'judge', 'ambassador', 'king', 'queen', 'pope'])

/**
 * Whether the story already took an entity for the holder of another office by a bare description: "Gordon Brown
 * made an appeal. The chancellor would not comment …. But the prime minister said …" — the prime minister is not
 * the one "the chancellor" meant.
 */
export function heldOtherOffice(e: Entity, head: string): boolean {
  if (!OFFICES.has(head)) return false
  for (const alias of e.aliases) {
    const words = alias.toLowerCase().split(/\s+/)
    const last = words[words.length - 1]
    if (/^(the|a)$/.test(words[0]) && OFFICES.has(last) && last !== head) return true
  }
  return false
}
