// Overlapping finds in one sentence: the longest reading wins ("within the next two weeks" over "next two weeks"
// over "two weeks"; "Friday, January 4, 2019" over "Friday" and "2019"). On equal length the earlier finder wins.
import type { DateCandidate } from './meaning'

export function chooseLongest(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.order - b.order)
  const kept: DateCandidate[] = []
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}
