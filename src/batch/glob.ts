// Glob patterns, as a shell would read them, for inputs the shell did not expand ('news/**/*.txt' in quotes).
// Pure: patterns and paths in, answers out; the file-system walk that uses them is in glob-expand.ts.
//
//   *        any run of characters inside one path segment      "*.txt" matches "a.txt", not "dir/a.txt"
//   ?        one character                                        "wn2019_00?.txt"
//   [abc]    one of the characters; [a-z] a range; [!a] or [^a] any but
//   {a,b}    either alternative, nested allowed                    "{bbc,wikinews}/*.txt"
//   **       a whole segment: zero or more folders                "news/**/*.txt" matches "news/a.txt" too
//   \x       the character x itself
// Like the shell, wildcards never match a leading "." (a hidden file or folder) unless the pattern's
// segment itself starts with one: "*.txt" skips ".draft.txt", ".*.txt" finds it.

/** Whether the input is a pattern rather than a plain path: it holds a wildcard, a class or a brace list. */
export function isGlobPattern(input: string): boolean {
  return /[*?[{]/.test(input)
}

/** Whether one path segment needs matching rather than joining as it is. */
export function segmentHasMagic(segment: string): boolean {
  return /[*?[]/.test(segment) || segment.includes('\\')
}

/**
 * "{bbc,wikinews}/{a,b}*.txt" → the four patterns it stands for, in order. A brace without a comma
 * ("{draft}") or without its partner stays as written, as in bash.
 */
export function expandBraces(pattern: string): string[] {
  const open = findBraceList(pattern)
  if (!open) return [pattern]
  const { start, end, alternatives } = open
  const before = pattern.slice(0, start)
  const after = pattern.slice(end + 1)
  return alternatives.flatMap((alternative) => expandBraces(before + alternative + after))
}

/** The first "{…,…}" at the top level, with its alternatives split at top-level commas. */
function findBraceList(pattern: string): { start: number; end: number; alternatives: string[] } | null {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') { start++; continue }
    if (pattern[start] !== '{') continue
    let depth = 0
    const commas: number[] = []
    for (let i = start; i < pattern.length; i++) {
      const char = pattern[i]
      if (char === '\\') { i++; continue }
      if (char === '{') depth++
      else if (char === '}' && --depth === 0) {
        if (commas.length === 0) break // "{draft}": literal, look for a later list
        const cuts = [start, ...commas, i]
        const alternatives = cuts.slice(1).map((cut, k) => pattern.slice(cuts[k] + 1, cut))
        return { start, end: i, alternatives }
      } else if (char === ',' && depth === 1) commas.push(i)
    }
  }
  return null
}

/** One segment ("*.txt", "wn2019_0[0-4]?.txt") as an anchored regular expression for a file name. */
export function segmentRegExp(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]
    if (char === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i])
    } else if (char === '*') {
      source += '.*'
    } else if (char === '?') {
      source += '.'
    } else if (char === '[') {
      const close = classEnd(segment, i)
      if (close < 0) {
        source += '\\['
        continue
      }
      let body = segment.slice(i + 1, close)
      const negated = body.startsWith('!') || body.startsWith('^')
      if (negated) body = body.slice(1)
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, (c) => `\\${c}`)}]`
      i = close
    } else {
      source += escapeRegExp(char)
    }
  }
  return new RegExp(`^${source}$`, 'u')
}

/** Where the class opened at `open` closes; a "]" right after "[" or "[!" belongs to the class. */
function classEnd(segment: string, open: number): number {
  let i = open + 1
  if (segment[i] === '!' || segment[i] === '^') i++
  if (segment[i] === ']') i++
  const close = segment.indexOf(']', i)
  return close
}

/** Only the characters regular expressions treat as syntax ("-" may not be escaped under the u flag). */
function escapeRegExp(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char
}

/** Whether a file or folder name matches a segment, leaving hidden names alone unless `dot` is set. */
export function matchSegment(name: string, segment: string, options: { dot?: boolean } = {}): boolean {
  if (name.startsWith('.') && !segment.startsWith('.') && !options.dot) return false
  return segmentRegExp(segment).test(name)
}

/** "news/**\/*.txt" → ["news", "**", "*.txt"]; empty segments from "a//b" or a trailing "/" dropped. */
export function splitSegments(pattern: string): string[] {
  return pattern.split('/').filter((segment, i) => segment !== '' || i === 0)
}

/**
 * Whether a relative path ("news/bbc/001.txt") matches a pattern with "**" and braces, the same way the
 * file-system expansion decides: for tests and for anyone who has the paths already.
 */
export function matchGlob(pattern: string, path: string): boolean {
  const names = path.split('/').filter(Boolean)
  return expandBraces(pattern).some((one) => matchSegments(splitSegments(one).filter(Boolean), names))
}

function matchSegments(segments: string[], names: string[]): boolean {
  if (segments.length === 0) return names.length === 0
  const [segment, ...rest] = segments
  if (segment === '**') {
    // zero folders, or one more (never a hidden one) and still "**"
    if (matchSegments(rest, names)) return true
    return names.length > 0 && !names[0].startsWith('.') && matchSegments(segments, names.slice(1))
  }
  if (names.length === 0) return false
  const matches = segmentHasMagic(segment) ? matchSegment(names[0], segment) : names[0] === segment
  return matches && matchSegments(rest, names.slice(1))
}
