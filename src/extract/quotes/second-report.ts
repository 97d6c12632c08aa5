// Two reports in one sentence, each with its speaker after its words:
//
//   In Hadley, marchers carried roses, the Gazette reported, while in Albury the parade began with a minute of
//   silence, the Albury Times reported.
//     → "In Hadley, marchers carried roses" (the Gazette), "in Albury the parade began …" (the Albury Times)
//   The plan will cost more, Ms Lee said, but the council will pay for it, Mr Hale said.
//     → "The plan will cost more" (Ms Lee), "the council will pay for it" (Mr Hale)
//
// The second report's words start after the first one's verb and speaker and the joining word; a clause after "said,"
// that a joining word opens is the writer's going on, not what was said.
import type { Sentence, Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, type TokenRange } from '../phrases'

const JOINERS = new Set(['while', 'whereas', 'and', 'but', 'yet', 'though', 'although'])

/** Whether the words after a verb and its comma open with a joining word: "said, but the council …". */
export const joinerAfterComma = (tokens: Token[], from: number): boolean => JOINERS.has(tokenAt(tokens, from)?.normal ?? '')

/**
 * Where the words before a verb at `clauseTo` start when an earlier report of the sentence (its verb in `cues`) stands
 * before them: after that verb, its speaker and the joining word; else the sentence's first token.
 */
export function afterEarlierReport(tokens: Token[], cues: TokenRange[], s: Sentence, clauseTo: number): number {
  const earlier = cues.filter((c) => c.from >= s.firstToken && c.to < clauseTo).sort((a, b) => b.to - a.to)[0]
  if (!earlier) return s.firstToken
  let k = earlier.to
  // (", said the Gazette, while …": over the speaker after the verb to its comma)
  while (k < clauseTo && k < earlier.to + 8 && !breaksAfter(tokens[k - 1])) k++
  if (!/,/.test(tokens[k - 1].post)) return s.firstToken
  if (JOINERS.has(tokenAt(tokens, k)?.normal ?? '')) k++
  return k < clauseTo - 1 ? k : s.firstToken
}
