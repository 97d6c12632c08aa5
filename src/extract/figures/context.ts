// A few words that say what a figure counts, taken from its own sentence: the words before it
// ("a package with our proposals worth" for "$90 billion"), and for a bare count the noun after it too
// ("It lost … members" for "312,000 members"). Near the start of a sentence the words after it stand in.
const MAX_WORDS = 6

const clean = (w: string) => w.replace(/^[“”"‘’'(\[]+|[“”"‘’'(\[,;:-]+$/g, '')

/** Characters looked at on either side: enough for six words, and the cost stays flat in a very long sentence. */
const WINDOW = 120

export function contextOf(sentence: string, start: number, end: number, isBareCount: boolean): string {
  const window = sentence.slice(Math.max(0, start - WINDOW), start)
  const words = window.split(/\s+/)
  // a word cut by the window's edge is dropped
  if (start > WINDOW) words.shift()
  const before = words.map(clean).filter(Boolean).slice(-MAX_WORDS)
  // stop at the end of the clause the figure is in
  const afterText = sentence.slice(end, end + WINDOW).split(/[.;:!?]|\s[–—]\s/)[0]
  const after = afterText.split(/\s+/).map(clean).filter(Boolean)
  const wanted = isBareCount ? Math.min(3, after.length) : before.length < 3 ? Math.min(MAX_WORDS - before.length, after.length) : 0
  const tail = after.slice(0, wanted)
  if (!before.length) return tail.join(' ')
  return tail.length ? `${before.join(' ')} … ${tail.join(' ')}` : before.join(' ')
}
