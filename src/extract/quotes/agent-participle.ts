import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isPastParticiple, tagged } from '../phrases'

/**
 * Past participles of getting someone's words: the person they describe is the one who spoke. (Not contact-clause.ts's
 * CONTACT_VERBS: "spoke", "met" and "talked" there are finite verbs of a clause of their own after a name.)
 */
const SOURCING_PARTICIPLES = new Set(['quoted', 'interviewed', 'cited', 'surveyed', 'polled', 'contacted', 'questioned', 'reached'])

/**
 * Whether token i opens a participle's phrase that describes the speaker named just before it, after a quote:
 * "“…,” said one analyst quoted by a news agency", "“…,” said a trader interviewed on the floor". A verb in the past
 * there otherwise opens a clause of the speaker's own ("said the US banned imports"), so only a participle with its
 * agent ("by") or one of getting someone's words with a preposition counts; not "said the firm invested in shares".
 */
export function describesSpeakerByParticiple(tokens: Token[], i: number, end: number): boolean {
  const participle = tokenAt(tokens, i), next = tokenAt(tokens, i + 1)
  if (!participle || !next || i + 1 >= end || breaksAfter(participle)) return false
  if (!isPastParticiple(participle)) return false
  if (next.normal === 'by') return true
  return SOURCING_PARTICIPLES.has(participle.normal) && tagged(next, 'Preposition') && next.normal !== 'that'
}
