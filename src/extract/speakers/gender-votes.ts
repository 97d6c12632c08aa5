// One person's gender across articles (or the sections of one long input): each article that quotes them
// votes with the gender it gave. Votes from the articles' own words outweigh votes from a first name; votes
// that disagree ("she" in one article, "Mr" in another: two people merged, or a mistake) leave it unknown.
import type { Gender, Speaker } from '../../model'

export interface GenderVotes {
  /** Articles whose own words (pronouns, honorifics, titles) gave this gender. */
  article: Record<Gender, number>
  /** Articles where only the first name gave it. */
  name: Record<Gender, number>
}

export function noVotes(): GenderVotes {
  return { article: { female: 0, male: 0 }, name: { female: 0, male: 0 } }
}

/** One article's vote: its speaker's gender, and whether the article's words or a first name gave it. */
export function voteOf(speaker: Pick<Speaker, 'gender' | 'genderEvidence'>): GenderVotes {
  const votes = noVotes()
  if (!speaker.gender) return votes
  const byName = (speaker.genderEvidence ?? []).every((e) => e.kind === 'first-name')
  votes[byName ? 'name' : 'article'][speaker.gender]++
  return votes
}

/** `into` gains the votes of `from`. */
export function addVotes(into: GenderVotes, from: GenderVotes): void {
  for (const by of ['article', 'name'] as const) for (const g of ['female', 'male'] as const) into[by][g] += from[by][g]
}

/** The gender the votes agree on: the articles' words if any gave one, else the first name; null when they disagree or none. */
export function decideVotes(votes: GenderVotes): Gender | null {
  for (const by of ['article', 'name'] as const) {
    const { female, male } = votes[by]
    if (female > 0 && male === 0) return 'female'
    if (male > 0 && female === 0) return 'male'
    if (female > 0 && male > 0) return null
  }
  return null
}
