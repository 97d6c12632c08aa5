// How the renderers write a speaker's gender and the corpus's voices by gender:
//   "female", "male (first name)" when only a first name said so, "– (conflicting)", "–" for none.
import type { Speaker } from '../model'
import type { GenderCounts } from '../summary/summary-model'
import { NOTHING } from './describe'

/** "female", "male (first name)", "– (conflicting)", "–". */
export function describeGender(speaker: Pick<Speaker, 'gender' | 'genderEvidence' | 'genderConflict'>): string {
  if (!speaker.gender) return speaker.genderConflict ? `${NOTHING} (conflicting)` : NOTHING
  const byName = (speaker.genderEvidence ?? []).every((e) => e.kind === 'first-name') && (speaker.genderEvidence ?? []).length > 0
  return byName ? `${speaker.gender} (first name)` : speaker.gender
}

/** "32%": the share of women among the people (or their quotes) whose gender the articles give; "–" when none. */
export function womenShare(counts: GenderCounts, of: 'speakers' | 'quotes'): string {
  const known = counts.female[of] + counts.male[of]
  return known === 0 ? NOTHING : `${Math.round((counts.female[of] / known) * 100)}%`
}
