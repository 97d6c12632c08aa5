// Bodies the article names in full before it names them by their kind: "The Hadley city council met on
// Tuesday. … The council said it would vote again." The full name is registered where it stands, so that
// "the council" later is that body, named "the Hadley city council", and not a body of its own.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { isFirstNameWord } from '../../nlp/compromise'
import { DOCUMENT_NOUNS, ORGANIZATION_NOUNS, PERSON_ROLES } from '../lexicon/roles'
import { breaksAfter, isCapitalized, isNounish, phraseEndingAt, tagged, type TokenRange } from '../phrases'
import { allMatches } from '../all-matches'
import { bodyNameEnd } from '../name-joins'

/** Phrases headed by a word for a body with a name in them: "the Hadley city council", "the Labour Party". */
export function findBodies(tokens: Token[], sentenceStart: (i: number) => number): TokenRange[] {
  const bodies: TokenRange[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const spelled = t.pre === '(' ? spelledOut(tokens, i, sentenceStart(i)) : null
    if (spelled) bodies.push(spelled, { from: i, to: i + 1 })
    if (!ORGANIZATION_NOUNS.has(t.normal) || (tagged(t, 'Verb') && !tagged(t, 'Noun'))) continue
    // "the council meeting" names a meeting
    const next = tokenAt(tokens, i + 1)
    if (next && next.sentence === t.sentence && !breaksAfter(t) && isNounish(next) && !tagged(next, 'Determiner')) continue
    const floor = sentenceStart(i)
    const found = phraseEndingAt(tokens, i + 1, floor)
    if (!found || found.to !== i + 1) continue
    const np = afterHolder(tokens, found)
    // (not a place the body is based in: "the North Carolina-based bank" names no bank, basedIn)
    const named = tokens.slice(np.from, i).some((w, k) => isCapitalized(w) && !tagged(w, 'Determiner') && !(np.from + k === floor) && !basedIn(tokens, np.from + k, i))
    // ("The Hadley Commission on Public Safety announced …": the body's name goes on past its head; "The Institute
    // for Rural Affairs reviewed …" is named by those words alone)
    const end = bodyNameEnd(tokens, np.to)
    if (named || (end > np.to && isCapitalized(t))) bodies.push({ from: np.from, to: end })
  }
  return bodies
}

/** Whether the capitalised word at k is where a body is based: its capitals run on to "-based" before `head`. */
function basedIn(tokens: Token[], k: number, head: number): boolean {
  let m = k
  while (m + 1 < head && isCapitalized(tokens[m + 1])) m++
  return tokens[m].post === '-' && tokenAt(tokens, m + 1)?.normal === 'based'
}

/**
 * The body in a phrase that names a person by their place in it: "the dean of Hadley’s Law School" is a dean; the
 * body is "Hadley’s Law School", never the dean. So for a writing by the body: "A report by the Hadley watchdog" is
 * the watchdog's report, and the body is "the Hadley watchdog" (not "the Office of Fair Trading", whose "of" is its own).
 */
function afterHolder(tokens: Token[], np: TokenRange): TokenRange {
  for (let k = np.to - 2; k > np.from; k--) {
    if (/^(by|from)$/.test(tokens[k].normal) && tokens.slice(np.from, k).some((t) => DOCUMENT_NOUNS.has(t.normal))) return { from: k + 1, to: np.to }
    if (!/^(of|for|at)$/.test(tokens[k].normal)) continue
    if (tokens.slice(np.from, k).some((t) => DOCUMENT_NOUNS.has(t.normal) && !isCapitalized(t))) return { from: k + 1, to: np.to }
    return tokens.slice(np.from, k).some((t) => PERSON_ROLES.has(t.normal)) ? { from: k + 1, to: np.to } : np
  }
  return np
}

/**
 * The name an acronym in brackets spells: "Northwind Export Finance (NEF)", "the Office for Budget
 * Responsibility (OBR)". The capitalised words before the bracket whose initials are the acronym's letters.
 */
function spelledOut(tokens: Token[], i: number, floor: number): TokenRange | null {
  const t = tokens[i]
  if (t.pre !== '(' || !/^\p{Lu}{2,6}$/u.test(t.text) || i === 0) return null
  const letters = t.text.toLowerCase()
  let k = letters.length
  let from = i
  while (from > floor && k > 0) {
    const w = tokens[from - 1]
    if (breaksAfter(w) && from - 1 < i - 1) break
    if (/^(of|for|and|the|on|in|&)$/.test(w.normal) && from < i) { from--; continue }
    if (!/^\p{Lu}/u.test(w.text) || w.text[0].toLowerCase() !== letters[k - 1]) return null
    k--
    from--
  }
  if (k !== 0) return null
  // with its article: "the Office for Budget Responsibility"
  return { from: from > floor && tokenAt(tokens, from - 1)?.normal === 'the' ? from - 1 : from, to: i }
}

/**
 * The name an acronym with no brackets spells, written out earlier in the text: "EDC says …" after "Export
 * Development Canada lent …". Capitalised words whose initials are its letters ("of", "for", "and", "the" between
 * them go along); null when the text has no such run before `before`.
 */
export function spelledOutEarlier(text: string, acronym: string, before: number): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || !mayBeSpelledOut(text, acronym)) return null
  // the first match in the whole text is the earliest, so no copy of the text before the acronym is needed; and it is
  // the same each time the acronym comes back in the article ("the UN … UN officials … the UN said"), so it is
  // looked for once an article: the pattern runs over the whole text, and repeated it was most of this function's time
  if (firstSpellings.text !== text) firstSpellings = { text, found: new Map() }
  let found = firstSpellings.found.get(acronym)
  if (found === undefined) {
    const m = spellingPattern(acronym).exec(text)
    found = m && { index: m.index, words: m[0] }
    firstSpellings.found.set(acronym, found)
  }
  if (!found || found.index + found.words.length > before) return null
  // ("the FT" after "Euronext chief Jean-Francois Theodore": a person's name is no body's, the acronym is another's)
  if (/[-‐]$/.test(text.slice(Math.max(0, found.index - 1), found.index)) || isFirstNameWord(found.words.replace(/^the\s+/i, '').split(/\s+/)[0].toLowerCase())) return null
  return found.words
}

/** The first written-out name of each acronym asked about in the last text, or null where it has none. */
let firstSpellings: { text: string; found: Map<string, { index: number; words: string } | null> } = { text: '', found: new Map() }

/**
 * The pattern of the written-out name of an acronym, built once a run: "UN", "EU", "BBC" come back article after
 * article, and compiling the pattern's `\p{L}` classes was most of what looking for their names cost. (No g flag:
 * exec starts at 0 whoever used it before.)
 */
const SPELLING_PATTERNS = new Map<string, RegExp>()
function spellingPattern(acronym: string): RegExp {
  let pattern = SPELLING_PATTERNS.get(acronym)
  if (!pattern) {
    const joiner = '(?:(?:of|for|and|the|on|in|&)\\s+)*'
    const word = (letter: string) => `${letter}[\\p{Ll}][\\p{L}’'-]*`
    // with its article: "the Office for Budget Responsibility"
    pattern = new RegExp(`(?:\\b[Tt]he\\s+)?\\b${[...acronym].map(word).join(`\\s+${joiner}`)}\\b`, 'u')
    // (bounded: a 10 MB input of made-up acronyms)
    if (SPELLING_PATTERNS.size >= 5_000) SPELLING_PATTERNS.clear()
    SPELLING_PATTERNS.set(acronym, pattern)
  }
  return pattern
}

/** A word the pattern above can take: a capital, a small letter, then letters, apostrophes and hyphens. */
const CAPITALISED_WORD = /\p{Lu}\p{Ll}[\p{L}’'-]*/gu
/** What the pattern allows between two of its words: spaces, and "of", "for", "and", … */
const JOINED = /^\s+(?:(?:of|for|and|the|on|in|&)\s+)*$/

/** The text's capitalised words, each with whether it follows the one before it as the pattern's words follow. */
interface CapitalisedWords {
  text: string
  words: Array<{ word: string; joined: boolean }>
}
let lastWords: CapitalisedWords | null = null

/**
 * Whether the text has a run of capitalised words that the acronym could spell: each word after the first starts
 * with the acronym's next letter and is joined to the one before as the pattern wants, and the first holds the
 * first letter. A text without one cannot match the pattern, which is then not built: compiling its `\p{L}` classes
 * took a fifth of a millisecond and more, most of what finding a written-out name cost ("ODPM" in a story that
 * never writes "Office of the Deputy Prime Minister").
 */
function mayBeSpelledOut(text: string, acronym: string): boolean {
  // a letter outside the BMP is two code units: left to the pattern
  if ([...acronym].length !== acronym.length) return true
  if (lastWords?.text !== text) {
    const words: CapitalisedWords['words'] = []
    let end = -1
    for (const m of allMatches(CAPITALISED_WORD, text)) {
      words.push({ word: m[0], joined: end >= 0 && JOINED.test(text.slice(end, m.index)) })
      end = m.index + m[0].length
    }
    lastWords = { text, words }
  }
  const { words } = lastWords
  for (let k = 0; k + acronym.length <= words.length; k++) {
    if (!words[k].word.includes(acronym[0])) continue
    let j = 1
    while (j < acronym.length && words[k + j].joined && words[k + j].word[0] === acronym[j]) j++
    if (j === acronym.length) return true
  }
  return false
}
