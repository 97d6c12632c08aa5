// A grammar of attribution: sentences in the layouts news uses ("“…,” Ms Lee said.", "Mr Hale told reporters:
// “…”", "…, according to the ministry."), built from the vocabulary with every slot open to odd fillers, so
// that near-misses and broken variants come out as often as well-formed sentences.
import type { Random } from './random'
import * as v from './vocabulary'

/** One of the items, or now and then an odd character in its place. */
function slot(r: Random, items: readonly string[]): string {
  return r.chance(0.03) ? oddCharacter(r) : r.pick(items)
}

export function oddCharacter(r: Random): string {
  return r.pick(r.pick([v.CONTROLS, v.INVISIBLES, v.BIDI, v.TRICKY_LETTERS, v.SPACES, v.BREAKS, v.QUOTE_MARKS, v.DASHES]))
}

/** Someone who may speak: "Ms Kowalski", "Prime Minister Anna Wei", "a spokeswoman for the ministry", "they". */
export function speaker(r: Random): string {
  switch (r.int(0, 11)) {
    case 0: return `${slot(r, v.FIRST_NAMES)} ${slot(r, v.SURNAMES)}`
    case 1: return `${slot(r, v.HONORIFIC_WORDS)} ${slot(r, v.SURNAMES)}`
    case 2: return `${slot(r, v.TITLES)} ${slot(r, v.FIRST_NAMES)} ${slot(r, v.SURNAMES)}`
    case 3: return `the ${slot(r, v.ROLES)}`
    case 4: return `a ${slot(r, v.ROLES)} for ${slot(r, v.ORGANIZATIONS)}`
    case 5: return slot(r, v.ORGANIZATIONS)
    case 6: return `the ${slot(r, v.BODIES)}`
    case 7: return slot(r, v.GROUPS)
    case 8: return slot(r, v.PRONOUNS)
    case 9: return `${slot(r, v.QUANTITIES)} of ${slot(r, v.GROUPS)}`
    case 10: return `${slot(r, v.FIRST_NAMES)} ${slot(r, v.SURNAMES)}, ${r.int(0, 120)}, ${slot(r, v.PLACES)},`
    default: return `${slot(r, v.SURNAMES)}’s ${slot(r, v.ROLES)}, ${slot(r, v.FIRST_NAMES)} ${slot(r, v.SURNAMES)}`
  }
}

/** What someone says: "the plan would work on Monday", with a date, a figure, a nested quote or a break now and then. */
export function clause(r: Random, depth = 0): string {
  const words: string[] = [r.chance(0.5) ? speaker(r) : slot(r, v.WORDS)]
  const length = r.int(1, 12)
  for (let i = 0; i < length; i++) {
    const roll = r.next()
    if (roll < 0.55) words.push(slot(r, v.WORDS))
    else if (roll < 0.65) words.push(slot(r, v.DATES))
    else if (roll < 0.75) words.push(slot(r, v.FIGURES))
    else if (roll < 0.8) words.push(slot(r, v.CUES))
    else if (roll < 0.85 && depth < 3) words.push(quote(r, depth + 1))
    else if (roll < 0.9) words.push(slot(r, v.PUNCTUATION))
    else if (roll < 0.93) words.push(slot(r, v.DASHES))
    else if (roll < 0.96) words.push(bracketed(r, depth))
    else words.push(oddCharacter(r))
  }
  return words.join(r.chance(0.95) ? ' ' : slot(r, v.SPACES))
}

function bracketed(r: Random, depth: number): string {
  const [open, close] = r.pick(v.BRACKETS)
  return `${open}${depth < 3 ? clause(r, depth + 1) : slot(r, v.WORDS)}${r.chance(0.9) ? close : ''}`
}

/** Quoted words, closed or not, the stop inside or outside the marks. */
export function quote(r: Random, depth = 0): string {
  const [open, close] = r.pick(v.QUOTE_PAIRS)
  const stop = r.pick(['', ',', '.', '?', '!', '…', ' –'])
  const inner = clause(r, depth)
  if (r.chance(0.08)) return `${open}${inner}${stop}` // never closed
  return r.chance(0.8) ? `${open}${inner}${stop}${close}` : `${open}${inner}${close}${stop}`
}

/** One sentence in one of the layouts of attribution. */
export function sentence(r: Random): string {
  const who = speaker(r)
  const cue = slot(r, v.CUES)
  const q = quote(r)
  switch (r.int(0, 15)) {
    case 0: return `${q} ${who} ${cue}.`
    case 1: return `${q} ${cue} ${who}.`
    case 2: return `${who} ${cue}: ${q}`
    case 3: return `${who} ${cue}, ${q}`
    case 4: return `${who}, ${slot(r, v.ROLES)} of ${slot(r, v.ORGANIZATIONS)}, ${cue} that ${clause(r)}.`
    case 5: return `${clause(r)}, ${cue} ${who}, ${slot(r, v.ROLES)}.`
    case 6: return `According to ${who}, ${clause(r)}.`
    case 7: return `${q}${slot(r, v.DASHES)}${who}`
    case 8: return `${q.slice(0, Math.max(1, q.length >> 1))}, ${who} ${cue}. ${q.slice(q.length >> 1)}`
    case 9: return `${who} ${slot(r, v.LISTENER_FORMS)} ${slot(r, v.GROUPS)} that ${clause(r)}.`
    case 10: return `${who} ${cue}${r.pick(v.BREAKS)}${q}`
    case 11: return `${slot(r, v.DATES)}, ${who} ${cue} ${slot(r, v.DATES)} ${q}`
    case 12: return `${who} ${cue} ${slot(r, v.FIGURES)} ${slot(r, v.WORDS)} ${q}`
    case 13: return `${who} also ${cue} ${clause(r)}, ${slot(r, v.CUES)} ${clause(r)}.`
    case 14: return `Asked ${slot(r, v.WORDS)} ${clause(r)}, ${who} ${cue}: ${q}`
    default: return `${clause(r)}.`
  }
}

/** A few paragraphs of sentences; a metadata line or a headline on top now and then. */
export function article(r: Random, maxChars: number): string {
  const head = r.pick(['', '', ' date 2025-08-19 ', 'Friday, January 4, 2019\n\n', `${clause(r)}\n\n`, 'date: 2025-02-30\n'])
  let text = head
  while (text.length < maxChars) {
    const paragraph: string[] = []
    const n = r.int(1, 5)
    for (let i = 0; i < n; i++) paragraph.push(sentence(r))
    text += paragraph.join(' ') + (r.chance(0.9) ? '\n\n' : r.pick(v.BREAKS))
    if (r.chance(0.25)) break
  }
  return text.slice(0, maxChars)
}

/** One atom of any kind: a word, a mark, a name, a date, a figure, a control character, a piece of a sentence. */
export function atom(r: Random): string {
  const lists = [v.CUES, v.WORDS, v.QUOTE_MARKS, v.DASHES, v.PUNCTUATION, v.DATES, v.FIGURES, v.BREAKS, v.SPACES, v.CONTROLS,
    v.INVISIBLES, v.BIDI, v.TRICKY_LETTERS, v.HONORIFIC_WORDS, v.TITLES, v.FIRST_NAMES, v.SURNAMES, v.PRONOUNS, v.ROLES, v.GROUPS]
  const roll = r.next()
  if (roll < 0.08) return speaker(r)
  if (roll < 0.1) return quote(r, 2)
  if (roll < 0.12) return String.fromCharCode(r.int(0, 0xffff))
  return r.pick(r.pick(lists))
}
