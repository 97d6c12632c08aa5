// Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the copy of the
// pattern that matchAll makes on each call. The copy costs about a microsecond per thousand characters of the
// pattern's source, and the date finders run patterns of up to 1,800 characters ("within the next two weeks",
// "three days before the vote") on every sentence that might hold a date, some 480 calls an article: the copies
// cost more than the matching.
//
// Like matchAll: the search starts at the pattern's lastIndex, an empty match moves on by one character (one code
// point under the u or v flag), and the pattern's lastIndex is left as it was. The matches are all found before the
// caller sees the first, so what the caller does with the pattern meanwhile changes nothing.
//
// A pattern may carry a gate (gated() below): a cheap pattern that every match of it holds a match of. Where the gate
// finds nothing, the pattern is not run and there are no matches, as there would have been none anyway.
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a pattern with the g flag: /${pattern.source}/${pattern.flags}`)
  const gate = GATES.get(pattern)
  if (gate && !gate.test(text)) return []
  const lastIndex = pattern.lastIndex
  const matches: RegExpExecArray[] = []
  try {
    let m: RegExpExecArray | null
    while ((m = pattern.exec(text)) !== null) {
      matches.push(m)
      if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'))
    }
  } finally {
    pattern.lastIndex = lastIndex
  }
  return matches
}

/** The index after the character at `index`: a surrogate pair is one character in unicode mode. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return index + 1
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}

const GATES = new WeakMap<RegExp, RegExp>()
const GATED: Array<{ pattern: RegExp; gate: RegExp }> = []

/**
 * Gives `pattern` a gate for allMatches: a part that every match of the pattern must hold, written with the pattern's
 * own pieces and case (or none: the gate may be looser, never stricter). Most of the date finders' patterns find
 * nothing in most sentences, and a long pattern is tried at every position: the duration pattern of "for years",
 * "over the years" (a lookbehind of six verbs, then a list of units) costs 7 µs a sentence; its gate, the units alone
 * ("hours", "days", … "generations"), costs well under one, and passes one sentence in eight. Returns the pattern.
 */
export function gated(pattern: RegExp, gate: RegExp): RegExp {
  if (gate.global || gate.sticky) throw new TypeError(`a gate is tested, not iterated: /${gate.source}/ needs neither the g nor the y flag`)
  GATES.set(pattern, gate)
  GATED.push({ pattern, gate })
  return pattern
}

/** Every gated pattern with its gate, for the test that no match escapes its gate. */
export function gatedPatterns(): ReadonlyArray<{ pattern: RegExp; gate: RegExp }> {
  return GATED
}
