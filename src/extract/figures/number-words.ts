// Numbers as news writes them: digits with thousands commas ("464,000", "1.13") or words ("three", "twenty-five",
// "a dozen"). Shared by the figures and the dates extractors ("within the next two weeks" needs "two" → 2).

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

// longest words first, so "seventeen" is tried before "seven"
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const SMALL_WORD = byLength(Object.keys(SMALL))
const TENS_WORD = byLength(Object.keys(TENS))

/** A number written in words up to ninety-nine: "six", "twenty-five", "forty one". No flags needed beyond `i`. */
export const NUMBER_WORD = `(?:(?:${TENS_WORD})(?:[- ](?:${SMALL_WORD}))?|${SMALL_WORD})`

/** Digits: "7", "1.13", "464,000", "1,200.5", ".5". Each alternative is anchored by a different first character class, so no backtracking blow-up. */
export const NUMBER_DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)`

/** "twenty-five" → 25, "Six" → 6, "forty one" → 41; null for anything else. */
export function wordValue(text: string): number | null {
  const parts = text.toLowerCase().split(/[- ]+/)
  if (parts.length === 1) return SMALL[parts[0]] ?? TENS[parts[0]] ?? null
  if (parts.length === 2 && parts[0] in TENS && parts[1] in SMALL && SMALL[parts[1]] < 10) return TENS[parts[0]] + SMALL[parts[1]]
  return null
}

/** "464,000" → 464000, "1.13" → 1.13, "twenty-five" → 25, "a"/"an" → 1; null when it is not a number. */
export function numberValue(text: string): number | null {
  const t = text.trim()
  if (/^(?:\d[\d,]*(?:\.\d+)?|\.\d+)$/.test(t)) {
    const n = Number(t.replace(/,/g, ''))
    return Number.isFinite(n) ? n : null
  }
  if (/^an?$/i.test(t)) return 1
  return wordValue(t)
}
