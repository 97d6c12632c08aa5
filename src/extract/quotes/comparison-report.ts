// Where a report's clause gives way to a comparison with another group's words, so that each is a report of its own:
//
//   Most members say they trust the mayor, compared with 40 percent who say the same of the council.
//   Six in 10 now call the plan fair, after half said so in May.
//
// "Most members say …" ends before ", compared with"; "40 percent who say the same of the council" is the second
// report (answer-report.ts). Not ", compared with 40 percent last year" (no verb of saying after the comparison).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'

/** Words that open a comparison after a comma: "compared with", "compared to", "after", "before", "versus", "up from". */
export function afterComparison(tokens: Token[], k: number, end: number): number {
  const t = tokenAt(tokens, k)
  if (!t || k >= end) return k
  if (/^(compared|comparing)$/.test(t.normal) && /^(with|to)$/.test(tokenAt(tokens, k + 1)?.normal ?? '')) return k + 2
  if (/^(up|down)$/.test(t.normal) && tokenAt(tokens, k + 1)?.normal === 'from') return k + 2
  if (/^(after|before|versus|vs)$/.test(t.normal)) return k + 1
  return k
}

/**
 * The token after a group and the relative word that makes it the subject of the verb that follows: "40 percent |
 * who | say", when the group came after a comparison; else `at` itself.
 */
export function relativeAfter(tokens: Token[], at: number, compared: boolean): number {
  return compared && /^(who|that)$/.test(tokenAt(tokens, at)?.normal ?? '') ? at + 1 : at
}

/** Heads of a group counted or pointed at that speaks through "who": "those who said", "the same number who said". */
const GROUP_HEADS = new Set(['those', 'number', 'share', 'percentage', 'proportion', 'percent', 'majority', 'minority'])
/** Words before such a group: "about the same number", "double the number", "nearly half the share". */
const GROUP_HEDGES = new Set(['about', 'roughly', 'nearly', 'almost', 'around', 'double', 'twice', 'triple', 'half'])

/**
 * The verb after a group that speaks through "who", when a comparison hands on to it after a comma: "…, about the
 * same number who said …", "…, compared with those who said …"; or -1.
 */
export function groupWhoVerb(tokens: Token[], k: number, end: number): number {
  while (k < end && GROUP_HEDGES.has(tokens[k].normal)) k++
  for (let h = k; h < end && h < k + 4; h++) {
    if (GROUP_HEADS.has(tokens[h].normal)) return tokenAt(tokens, h + 1)?.normal === 'who' && h + 2 < end ? h + 2 : -1
    if (/[,;:.!?]/.test(tokens[h].post)) return -1
  }
  return -1
}
