// Overlapping finds in one sentence: the longest reading wins ("within the next two weeks" over "next two weeks"
// over "two weeks"; "Friday, January 4, 2019" over "Friday" and "2019"). On equal length the earlier finder wins.
import type { DateCandidate } from './meaning'

export function chooseLongest(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.order - b.order)
  // kept stays sorted by start and free of overlaps, so one binary search finds the neighbours of a new span
  const kept: DateCandidate[] = []
  for (const { c } of ranked) {
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (kept[mid].start < c.start) lo = mid + 1
      else hi = mid
    }
    const before = kept[lo - 1]
    const after = kept[lo]
    if ((!before || before.end <= c.start) && (!after || c.end <= after.start)) kept.splice(lo, 0, c)
  }
  return kept
}
