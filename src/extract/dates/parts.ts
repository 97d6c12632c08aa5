// "early", "mid-", "late", "the end of", "the start of": a part of a period, as a regex prefix and its meaning.
import type { Direction, Part } from './meaning'

/** "the first half of", "the second half of", "the latter half of": named group `half` */
export const HALF_OF = '(?:[Tt]he\\s)?(?<half>first|second|latter)\\shalf\\sof\\s'
/** "the first week of", "the last weekend of": named groups `nth` and `span` */
export const WEEK_OF = '(?:[Tt]he\\s)?(?<nth>first|second|third|fourth|last|final)\\s(?<span>week|weekend)\\sof\\s'

/**
 * Optional prefix with named groups `part` ("early 2020", "mid-January"), `edge` ("the end of March"), `half` ("the
 * second half of 2004") and `nth`/`span` ("the last weekend of July").
 */
export const PART_PREFIX = `(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]|(?:[Tt]he\\s)?(?<edge>end|start|beginning|middle)\\sof\\s|${HALF_OF}|${WEEK_OF})?`

const NTH: Record<string, 1 | 2 | 3 | 4 | 'last'> = { first: 1, second: 2, third: 3, fourth: 4, last: 'last', final: 'last' }

export function partOf(groups: Record<string, string | undefined> | undefined): Part | undefined {
  if (groups?.half) return groups.half.toLowerCase() === 'first' ? 'first-half' : 'second-half'
  if (groups?.nth && groups.span) return `${groups.span.toLowerCase() as 'week' | 'weekend'}-${NTH[groups.nth.toLowerCase()]}`
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
