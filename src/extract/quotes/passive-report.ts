// Reports in the passive, where what was made known is the subject and who made it known comes after "by":
//
//   The meeting was first reported by the Gazette.        → "The meeting", said by the Gazette
//   Both attacks were claimed by the Islamic State.        → "Both attacks", said by the Islamic State
//
// Not a person as the subject ("Mr Hale was confirmed by the Senate" is an appointment, "Ms Lee was announced by
// the host" an introduction), nor an agent that cannot speak ("Her death was confirmed by tests").
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma } from '../lexicon/cue-verbs'
import { breaksAfter, canSpeak, namesPerson, namesSomeone, phraseStartingAt, tagged, type TokenRange } from '../phrases'
import { subjectBefore } from './speaker-phrase'

/** Verbs whose passive with "by" reports what someone made known. */
const PASSIVE_REPORTS = new Set(['report', 'reveal', 'confirm', 'announce', 'claim'])

export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being'])

/** Adverbs between the verb "to be" and the participle: "was first reported", "had been previously reported". */
const PASSIVE_ADVERBS = new Set(['first', 'also', 'initially', 'originally', 'previously', 'earlier', 'later', 'widely', 'since', 'already', 'officially'])

export interface PassiveReport {
  /** What was made known: the subject's words. */
  what: TokenRange
  /** Who made it known: the phrase after "by". */
  by: TokenRange
}

/** Whether a word may stand between "was" and its participle: "was first reported", "was widely quoted". */
export const passiveAdverb = (t: Token) => PASSIVE_ADVERBS.has(t.normal) || (tagged(t, 'Adverb') && /ly$/.test(t.normal))

/** The index of the verb "to be" that makes a participle at i passive, over adverbs, or -1. */
export function passiveBe(tokens: Token[], i: number, floor: number): number {
  let k = i - 1
  while (k > floor && passiveAdverb(tokens[k]) && !breaksAfter(tokens[k])) k--
  return k >= floor && BE.has(tokens[k].normal) && !breaksAfter(tokens[k]) ? k : -1
}

/** A report in the passive with its agent, at the participle i: "The meeting was first reported by Politico". */
export function passiveReport(tokens: Token[], i: number, floor: number, end: number): PassiveReport | null {
  const t = tokens[i]
  if (!/ed$/.test(t.normal) || !PASSIVE_REPORTS.has(cueLemma(t.normal) ?? '') || breaksAfter(t)) return null
  const be = passiveBe(tokens, i, floor)
  if (be < 0 || tokenAt(tokens, i + 1)?.normal !== 'by') return null
  const by = phraseStartingAt(tokens, i + 2, end)
  if (!by || !canSpeak(tokens, by) || !namesSomeone(tokens, by)) return null
  // "had been reported": the subject stands before the auxiliary of "been"
  const aux = tokens[be].normal === 'been' && /^(has|have|had)$/.test(tokenAt(tokens, be - 1)?.normal ?? '') ? be - 1 : be
  const what = subjectBefore(tokens, aux, floor)
  if (!what || what.to !== aux || tagged(tokens[what.from], 'Pronoun') || namesPerson(tokens, what)) return null
  return { what, by }
}

/** Verbs whose impersonal passive reports a clause: "it was reported that …", "it has been said that …". */
const IMPERSONAL_REPORTS = new Set(['report', 'reveal', 'confirm', 'announce', 'claim', 'say', 'allege'])

/**
 * The "that" of a report in the impersonal passive, at the participle i, and who made it known when "by" names them:
 * "It was widely reported that Mr Hale paid $100 million", "when it was revealed in March that she had used …" (no
 * one named says it), "It was announced by the ministry that the roads would close" (the ministry). Not "It was
 * reported to the police" (no clause), nor "It was said to be haunted"; "It was reported by phone that …" names no
 * one.
 */
export function impersonalPassive(tokens: Token[], i: number, floor: number, end: number): { that: number; by: TokenRange | null } | null {
  const t = tokens[i]
  if (!/(ed|said)$/.test(t.normal) || !IMPERSONAL_REPORTS.has(cueLemma(t.normal) ?? '')) return null
  const be = passiveBe(tokens, i, floor)
  if (be <= floor) return null
  // "it was", "it has been", "it's been"
  const before = tokens[be - 1]
  const it = before.normal === 'it' || (tokens[be].normal === 'been' && (before.normal === "it's" || before.normal === 'it’s' ||
    (/^(has|had)$/.test(before.normal) && tokenAt(tokens, be - 2)?.normal === 'it')))
  if (!it) return null
  // over phrases of time and place: "revealed in March that", "reported last week that"
  let k = i + 1
  let by: TokenRange | null = null
  for (let hops = 0; hops < 3 && k < end && tokens[k].normal !== 'that'; hops++) {
    if (breaksAfter(tokens[k - 1])) return null
    if (tagged(tokens[k], 'Date')) { k++; continue }
    if (!tagged(tokens[k], 'Preposition')) return null
    const np = phraseStartingAt(tokens, k + 1, end)
    if (!np) return null
    if (tokens[k].normal === 'by' && !by && canSpeak(tokens, np) && namesSomeone(tokens, np)) by = np
    k = np.to
  }
  return k + 1 < end && tokens[k].normal === 'that' && !breaksAfter(tokens[k - 1]) ? { that: k, by } : null
}

/**
 * An accusation in the passive, at the participle i, from its subject to the end of what is charged: "Tom Roof is
 * accused of killing nine people" is one report with no one named who accuses (or the agent after "by"). Not "the
 * accused man" (no verb "to be"), nor "was accused" with nothing charged.
 */
export function passiveAccusation(tokens: Token[], i: number, floor: number, end: number): { from: number; by: TokenRange | null } | null {
  if (tokens[i].normal !== 'accused') return null
  const be = passiveBe(tokens, i, floor)
  if (be < 0) return null
  let k = i + 1
  let by: TokenRange | null = null
  // ("was accused by a reporter of grabbing her")
  if (tokenAt(tokens, k)?.normal === 'by') {
    by = phraseStartingAt(tokens, k + 1, end)
    if (!by || !namesSomeone(tokens, by)) return null
    k = by.to
  }
  if (tokenAt(tokens, k)?.normal !== 'of' || k + 1 >= end) return null
  const aux = tokens[be].normal === 'been' && /^(has|have|had)$/.test(tokenAt(tokens, be - 1)?.normal ?? '') ? be - 1 : be
  const who = subjectBefore(tokens, aux, floor)
  return who ? { from: who.from, by } : null
}
