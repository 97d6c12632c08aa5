// Each speaker's gender, as the article refers to them — never a statement about anyone's identity:
//   1. pronouns the resolver linked to the speaker   "“We were lucky,” she said."
//   2. honorifics, gendered titles and role nouns    "Ms Major", "the chairwoman", "a female official", "his mother"
//   3. only when the article gives neither, the usual gender of the first name (first-name-gender.ts), which the
//      caller adds after sections are joined (addNameGender in name-gender.ts)
// Evidence both ways ("he" and "she" linked to one speaker, "Mr" and "mother") gives null, and the conflict is
// named. Bodies, groups and documents ("the company", "officials", "a new poll") have none.
import type { GenderEvidence, Speaker } from '../../model'
import { DOCUMENT_NOUNS, PERSON_ROLES } from '../lexicon/roles'
import type { Entity } from './entities'
import type { GenderCues } from './gender-cues'
import { roleGender } from '../lexicon/gendered-words'

const STRENGTH: Record<GenderEvidence['kind'], number> = { pronoun: 0, honorific: 1, title: 2, 'first-name': 3 }

/** What a speaker's evidence says: a gender, or null (with the conflict named when the evidence disagrees). */
export interface GenderDecision {
  gender: Speaker['gender']
  genderEvidence: GenderEvidence[]
  genderConflict?: string
}

/** Whether a speaker can have a gender at all: a named person, or one unnamed person ("a female official"). */
export function canHaveGender(speaker: Pick<Speaker, 'kind' | 'name'>): boolean {
  if (speaker.kind === 'person') return true
  if (speaker.kind !== 'anonymous') return false
  // "a new poll", "the report", "a recent news conference" speak for nobody in particular; "a person familiar
  // with the talks", "one questioner", "a Democratic aide" are someone
  const head = headNoun(speaker.name)
  if (DOCUMENT_NOUNS.has(head)) return false
  return PERSON_ROLES.has(head) || roleGender(head) !== null || PERSON_WORDS.has(head) || AGENT_NOUN.test(head)
}

/** Nouns for someone that the role list leaves out. */
const PERSON_WORDS = new Set(['person', 'individual', 'someone', 'one', 'aide', 'insider', 'relative', 'colleague', 'neighbour', 'neighbor'])
/** "questioner", "supervisor", "strategist", "historian", "attendant", "resident", "employee". */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|ee)$/

/**
 * "a person familiar with the negotiations" → "person"; "the mother of the victim" → "mother"; "Northwind chairman
 * Chung Mong-koo" → "chairman" (a name the tagger did not read as one, after the role it follows).
 */
function headNoun(name: string): string {
  const written = name.split(/\s+/)
  let last = written.length
  while (last > 1 && /^\p{Lu}/u.test(written[last - 1]) && written.slice(0, last - 1).some((w) => /^\p{Ll}/u.test(w))) last--
  const words = written.slice(0, last).map((w) => w.toLowerCase())
  const end = words.findIndex((w, i) => i > 0 && /^(of|for|with|at|from|in|on|who|familiar|close|briefed)$/.test(w))
  return (end > 0 ? words[end - 1] : words[words.length - 1]).replace(/[^a-z-]/g, '')
}

/** Evidence, strongest first (pronouns, honorifics, titles, first name), each kind in text order. */
export function sortEvidence(evidence: GenderEvidence[]): GenderEvidence[] {
  return [...evidence].sort((a, b) => STRENGTH[a.kind] - STRENGTH[b.kind] || (a.start ?? 0) - (b.start ?? 0))
}

/** The gender the evidence gives, or null with the conflict named ("she (2) against he (1)"). */
export function decideGender(evidence: GenderEvidence[]): GenderDecision {
  const genderEvidence = sortEvidence(evidence)
  const genders = new Set(genderEvidence.map((e) => e.gender))
  if (genders.size === 1) return { gender: genderEvidence[0].gender, genderEvidence }
  if (genders.size === 0) return { gender: null, genderEvidence }
  const side = (gender: GenderEvidence['gender']) => tally(genderEvidence.filter((e) => e.gender === gender))
  return { gender: null, genderEvidence, genderConflict: `${side('female')} against ${side('male')}` }
}

/** "she (2), Ms" — each word once, lower-cased pronouns, with how often it came. */
export function tally(evidence: GenderEvidence[]): string {
  const counts = new Map<string, number>()
  for (const e of evidence) {
    const word = e.kind === 'pronoun' ? e.text.toLowerCase() : e.text
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return [...counts].map(([word, n]) => (n > 1 ? `${word} (${n})` : word)).join(', ')
}

/** Set `gender`, `genderEvidence` (and `genderConflict`) on every speaker from the cues the resolver noted. */
export function assignGenders(speakerOf: Map<Entity, Speaker>, cues: GenderCues): void {
  for (const [entity, speaker] of speakerOf) {
    // "Presidential Debates", a dateline "CHARLOTTE": taken for a person, but named as none, so given no gender
    const person = speaker.kind !== 'person' || cues.namedAsPerson(entity)
    const decision = canHaveGender(speaker) && person ? decideGender(cues.of(entity)) : { gender: null, genderEvidence: [] }
    Object.assign(speaker, decision)
  }
}

/** One speaker's gender from the evidence its sections found (offsets from each section's start). */
export function joinedGender(speaker: Pick<Speaker, 'kind' | 'name'>, parts: Array<{ evidence: GenderEvidence[]; offset: number }>): GenderDecision {
  if (!canHaveGender(speaker)) return { gender: null, genderEvidence: [] }
  return decideGender(parts.flatMap(({ evidence, offset }) => evidence.map((e) =>
    e.start === undefined || e.end === undefined ? e : { ...e, start: e.start + offset, end: e.end + offset })))
}
