// Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the copy of the
// pattern that matchAll makes on each call. The copy costs about a microsecond per thousand characters of the
// pattern's source, and the date finders run patterns of up to 1,800 characters ("within the next two weeks",
// "three days before the vote") on every sentence that might hold a date, some 480 calls an article: the copies
// cost more than the matching.
//
// Like matchAll: the search starts at the pattern's lastIndex, an empty match moves on by one character (one code
// point under the u or v flag), and the pattern's lastIndex is left as it was. The matches are all found before the
// caller sees the first, so what the caller does with the pattern meanwhile changes nothing.
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a pattern with the g flag: /${pattern.source}/${pattern.flags}`)
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
