// One fuzz case from one seed: grammar-built articles, storms (one shape repeated thousands of times), nestings,
// random mixes of atoms, raw code units, and fixtures mutated. The seed alone makes the case again.
import { article, atom, clause, oddCharacter, sentence, speaker } from './grammar'
import { randomFrom, type Random } from './random'
import * as v from './vocabulary'

export interface FuzzCase {
  seed: number
  family: 'article' | 'storm' | 'nesting' | 'mix' | 'chars' | 'mutant'
  text: string
  /** A storm's shape: `unit` repeated `count` times after `prefix`; the time check grows and shrinks `count`. */
  storm?: { prefix: string; unit: string; count: number }
}

export interface Limits {
  /** The longest text of an ordinary case. */
  maxChars: number
  /** The longest storm. */
  maxStorm: number
  /** The longest of the rare storms long enough to be cut into sections (sections.ts) and split over workers; 0 for none. */
  maxHuge: number
}

export const RUN_LIMITS: Limits = { maxChars: 20_000, maxStorm: 150_000, maxHuge: 450_000 }

/** A size between min and max, small sizes as likely as large ones (log-uniform). */
function size(r: Random, min: number, max: number): number {
  return max <= min ? min : Math.round(min * Math.exp(r.next() * Math.log(max / min)))
}

/** The shape a storm repeats: a sentence, a verb before a colon and a mark, a few atoms, a name and a dash. */
function stormUnit(r: Random): string {
  switch (r.int(0, 6)) {
    case 0: return sentence(r).slice(0, 200)
    case 1: return `${r.pick(v.CUES)}${r.pick([':', ': ', ',', ' ', ':\n'])}${r.pick(v.QUOTE_MARKS)}${r.pick(['', ' ', r.pick(v.QUOTE_MARKS)])}`
    case 2: return Array.from({ length: r.int(1, 4) }, () => atom(r)).join(r.pick(['', ' ']))
    case 3: return `${speaker(r)} ${r.pick(v.CUES)}${r.pick([' ', ', ', ': '])}`
    case 4: return `${r.pick(v.QUOTE_MARKS)}${r.pick(v.WORDS)}${r.pick([',', '.', ''])}${r.pick(v.QUOTE_MARKS)} ${r.pick(v.CUES)} `
    case 5: return `${r.pick(v.DATES)} ${r.pick(v.FIGURES)} `
    default: return `${r.pick(v.DASHES)}${speaker(r)}${r.pick(v.BREAKS)}`
  }
}

function storm(r: Random, seed: number, limits: Limits): FuzzCase {
  const unit = stormUnit(r) + r.pick(['', '', ' ', '\n', '\n\n', r.pick(v.SPACES)])
  const target = limits.maxHuge > 0 && r.chance(0.02) ? size(r, 200_000, limits.maxHuge) : size(r, 1_000, limits.maxStorm)
  const count = Math.max(2, Math.floor(target / Math.max(1, unit.length)))
  const prefix = r.chance(0.3) ? sentence(r) + ' ' : ''
  return { seed, family: 'storm', text: prefix + unit.repeat(count), storm: { prefix, unit, count } }
}

/** Marks inside marks, brackets inside brackets, many levels deep, closed or not. */
function nesting(r: Random, limits: Limits): string {
  const depth = size(r, 2, Math.min(3_000, limits.maxChars / 4))
  const openers: string[] = []
  const closers: string[] = []
  for (let i = 0; i < depth; i++) {
    const [open, close] = r.chance(0.6) ? r.pick(v.QUOTE_PAIRS) : r.pick(v.BRACKETS)
    const words = r.chance(0.3) ? `${r.pick(v.WORDS)} ` : ''
    openers.push(`${r.chance(0.2) ? `${speaker(r)} ${r.pick(v.CUES)}: ` : ''}${open}${words}`)
    closers.push(r.chance(0.9) ? close : '')
  }
  const inner = r.chance(0.5) ? clause(r) : r.pick(v.WORDS)
  const tail = r.chance(0.3) ? closers.join('') : closers.reverse().join(r.pick(['', ' ', ', he said. ']))
  return openers.join('') + inner + tail
}

function mix(r: Random, limits: Limits): string {
  const n = size(r, 5, Math.max(5, limits.maxChars / 8))
  return Array.from({ length: n }, () => atom(r)).join(r.chance(0.7) ? ' ' : '').slice(0, limits.maxChars)
}

/** Code units of any value, ASCII most often: what a binary file decoded as text may hold. */
function chars(r: Random, limits: Limits): string {
  const n = size(r, 1, Math.min(4_000, limits.maxChars))
  let text = ''
  for (let i = 0; i < n; i++) text += String.fromCharCode(r.chance(0.7) ? r.int(0, 127) : r.chance(0.8) ? r.int(128, 0x2fff) : r.int(0xd700, 0xffff))
  return text
}

/** A fixture with a few changes: spans cut, doubled, swapped, marks restyled, breaks removed, odd characters added. */
export function mutate(r: Random, text: string, other: string, limits: Limits): string {
  const span = () => {
    const start = r.int(0, text.length)
    return [start, Math.min(text.length, start + size(r, 1, 2_000))] as const
  }
  const times = r.int(1, 8)
  for (let k = 0; k < times; k++) {
    const [a, b] = span()
    switch (r.int(0, 11)) {
      case 0: text = text.slice(0, a) + text.slice(b); break
      case 1: text = text.slice(0, b) + text.slice(a, b) + text.slice(b); break
      case 2: text = text.slice(0, a) + atom(r) + text.slice(a); break
      case 3: { const [open, close] = r.pick(v.QUOTE_PAIRS); text = text.replace(/[“"«„]/g, () => open).replace(/[”»]/g, () => close); break }
      case 4: text = text.replace(/\s+/g, () => (r.chance(0.5) ? ' ' : r.pick(v.BREAKS))); break
      case 5: text = text.slice(0, a) + text.slice(a, b).toUpperCase() + text.slice(b); break
      case 6: text = text.replace(/ /g, () => (r.chance(0.05) ? r.pick([...v.INVISIBLES, ...v.BIDI]) + ' ' : ' ')); break
      case 7: text = text.slice(0, a); break
      case 8: text = text.slice(0, a) + other.slice(r.int(0, other.length)); break
      case 9: text = text.replace(/[.!?]/g, () => (r.chance(0.7) ? '' : '.')); break
      case 10: text = text.slice(0, a) + oddCharacter(r).repeat(r.int(1, 50)) + text.slice(a); break
      default: text = text.slice(a, b) + text.slice(0, a) + text.slice(b)
    }
  }
  return text.slice(0, Math.max(limits.maxChars, 60_000))
}

/** The case a seed makes. `fixtures`: the texts of fixtures/…/article.txt, for mutation. */
export function generate(seed: number, limits: Limits, fixtures: readonly string[]): FuzzCase {
  const r = randomFrom(seed)
  const roll = r.next()
  if (roll < 0.3) return { seed, family: 'article', text: article(r, size(r, 20, limits.maxChars)) }
  if (roll < 0.5) return storm(r, seed, limits)
  if (roll < 0.6) return { seed, family: 'nesting', text: nesting(r, limits) }
  if (roll < 0.75) return { seed, family: 'mix', text: mix(r, limits) }
  if (roll < 0.8 || fixtures.length === 0) return { seed, family: 'chars', text: chars(r, limits) }
  return { seed, family: 'mutant', text: mutate(r, r.pick(fixtures), r.pick(fixtures), limits) }
}
