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
