// "early", "mid-", "late", "the end of", "the start of": a part of a period, as a regex prefix and its meaning.
import type { Direction, Part } from './meaning'

/** Optional prefix with named groups `part` ("early 2020", "mid-January") and `edge` ("the end of March"). */
export const PART_PREFIX = '(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]|(?:[Tt]he\\s)?(?<edge>end|start|beginning|middle)\\sof\\s)?'

export function partOf(groups: Record<string, string | undefined> | undefined): Part | undefined {
  const word = (groups?.part ?? groups?.edge ?? '').toLowerCase()
  switch (word) {
    case 'early': return 'early'
    case 'mid': case 'middle': return 'mid'
    case 'late': return 'late'
    case 'end': return 'end'
    case 'start': case 'beginning': return 'start'
    default: return undefined
  }
}

/** "last March" lies in the past, "next March" ahead, "this March" in the publication year. */
export function directionOf(word: string | undefined): Direction | undefined {
  switch ((word ?? '').toLowerCase()) {
    case 'last': case 'past': case 'previous': return 'past'
    case 'next': case 'coming': return 'future'
    case 'this': return 'this'
    default: return undefined
  }
}
