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
import { breaksAfter, isFiniteVerb, type TokenRange } from '../phrases'

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

/**
 * Where the verb of a second report's subject comes after the aside set off by commas behind it: "…, while liberal
 * groups, including two unions, | reported …", "… but her rival, Tom Reyes, | said …"; -1 when the subject ends in no
 * comma, or the aside has a verb of its own or runs on ("…, while the mayor, who spoke first, …": a relative clause,
 * whose verb is the writer's).
 */
export function subjectAsideEnd(tokens: Token[], subject: TokenRange, end: number): number {
  if (!/^,$/.test(tokens[subject.to - 1].post)) return -1
  for (let j = subject.to; j < end && j < subject.to + 8; j++) {
    if (isFiniteVerb(tokens[j]) || /^(who|which|that)$/.test(tokens[j].normal)) return -1
    if (breaksAfter(tokens[j])) return /^,$/.test(tokens[j].post) ? j + 1 : -1
  }
  return -1
}

/** A dash after token k: "—" or "–", or a hyphen with a space beside it, " - " (not the hyphen of "well-known"). */
function dashAfter(tokens: Token[], k: number): boolean {
  const post = tokens[k].post
  if (!/^\s*[-–—]\s*$/.test(post)) return false
  return /[–—]/.test(post) || /\s/.test(post) || /^\s/.test(tokenAt(tokens, k + 1)?.pre ?? '')
}

/**
 * Whether token i closes an aside that a spaced dash opened after `from`: "the depot would look better if painted - an
 * old idea - | others say …"; then a subject and its verb of saying after it are a second report.
 */
export function closesDashAside(tokens: Token[], i: number, from: number): boolean {
  if (!dashAfter(tokens, i)) return false
  let dashes = 0
  for (let k = from; k < i; k++) if (dashAfter(tokens, k)) dashes++
  return dashes % 2 === 1
}
