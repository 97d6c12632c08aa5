// A verb of saying in its infinitive after the verb or adjective that hands over to it: "Ms Lee went on to say …",
// "Mr Hale was quick to point out that …", "she took to Twitter to say …". Shared by reported clauses and by quotes
// opened after "to say: “…”".
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma, FRAME_ONLY, LISTENER_VERBS, RESEARCH_VERBS } from '../lexicon/cue-verbs'
import { breaksAfter, hasVerb, isNounish, namesSomeone, tagged, type TokenRange } from '../phrases'
import { subjectBefore } from './speaker-phrase'

/**
 * A verb of saying in its infinitive after "to", said by the subject of the clause: "went on to say", "was quick
 * to point out", "took to Twitter to say"; not "asked her to say" or "urged voters to say" (the listener would
 * say it), nor "declined to say".
 */
export function toInfinitive(tokens: Token[], i: number, floor: number): boolean {
  const base = cueLemma(tokens[i].normal) === tokens[i].normal || (tokens[i].normal === 'point' && tokenAt(tokens, i + 1)?.normal === 'out')
  if (i - 2 < floor || tokenAt(tokens, i - 1)?.normal !== 'to' || !base || breaksAfter(tokenAt(tokens, i - 2))) return false
  // the word that governs "to": "went on", "was quick", "took to Twitter", "went out of his way"
  let k = i - 2
  while (k > floor && (tagged(tokens[k], 'Particle') || /^(on|up|out|back|again)$/.test(tokens[k].normal))) k--
  if (k - 1 > floor && tokenAt(tokens, k - 1)?.normal === 'to' && isNounish(tokens[k])) k -= 2
  if (k - 3 > floor && tokens[k].normal === 'way' && tokenAt(tokens, k - 2)?.normal === 'of') k -= 4
  return GOVERNORS.has(tokens[k].normal) || surveyAnswer(tokens, k) || purposeAfterObject(tokens, i - 2, floor)
}

/**
 * A survey's answer: "Voters were more likely to say the mayor had done well" reports what the polled said; "Ms Lee
 * is likely to say …" speaks of words not yet said, so only the comparative counts.
 */
function surveyAnswer(tokens: Token[], k: number): boolean {
  return tokens[k].normal === 'likely' && /^(more|less|most|least)$/.test(tokenAt(tokens, k - 1)?.normal ?? '')
}

/**
 * An infinitive of purpose after the subject's own verb and its object or place: "used his speech to call for a
 * strike", "took the stage to deny it", "went on television to urge calm", "held a news conference to announce
 * …"; not "asked the court to say" or "urged voters to call" (someone else would say it).
 */
function purposeAfterObject(tokens: Token[], last: number, floor: number): boolean {
  for (let k = last; k > floor && k >= last - 6; k--) {
    const t = tokens[k]
    if (breaksAfter(t)) return false
    if (PURPOSE_VERBS.has(t.normal) || ownWordsVerb(t)) return k < last
    // ("stood up at a town meeting to say": the verb's particle)
    const particle = tagged(t, 'Particle') || /^(up|out|down|back)$/.test(t.normal)
    // ("stood at a town meeting here to say": a word of place after the phrase)
    const place = /^(here|there)$/.test(t.normal)
    if (!(isNounish(t) || particle || place || tagged(t, 'Determiner') || tagged(t, 'Possessive') || tagged(t, 'Preposition') || tagged(t, 'Adjective'))) return false
  }
  return false
}

/**
 * A verb of saying whose place or time comes before "to say": "tweeted on Friday to say …", "wrote on Facebook to
 * deny …" (the subject's own words); not a verb whose object is a listener, who would say them ("asked the court
 * on Friday to say …", "urged voters to say …"), nor "show" or "find" ("Having a comic show up to tell jokes").
 */
const ownWordsVerb = (t: Token) => {
  const lemma = cueLemma(t.normal)
  return lemma !== undefined && tagged(t, 'Verb') && !LISTENER_VERBS.has(lemma) && !FRAME_ONLY.has(lemma) && !RESEARCH_VERBS.has(lemma)
}

/** Verbs whose object or place an infinitive of purpose follows: "used", "took", "seized", "went on", "appeared on". */
const PURPOSE_VERBS = new Set(['used', 'uses', 'use', 'using', 'took', 'takes', 'take', 'taking', 'seized', 'seizes', 'seize', 'seizing',
  'held', 'holds', 'hold', 'holding', 'issued', 'issues', 'released', 'releases', 'posted', 'posts', 'went', 'goes', 'go', 'going',
  'appeared', 'appears', 'came', 'comes', 'returned', 'returns', 'stepped', 'rose', 'convened', 'wrote', 'writes', 'penned', 'published',
  'stood', 'stands', 'spoke', 'speaks', 'rushed', 'rushing', 'rushes', 'turned', 'turns', 'called', 'phoned',
  // ("invoked the 1980 race to claim …", "cited the figures to argue …": what the subject brings up to make a point)
  'invoked', 'invokes', 'invoking', 'cited', 'cites', 'citing'])

/**
 * Words that hand over to a verb of saying the words their subject says: "went on to say", "was quick to point
 * out", "took to Twitter to say", "rushed to deny", "continues to insist", "began to argue". Not "declined to say",
 * "is expected to announce" or "asked her to say" (no words, words not yet said, someone else's words).
 */
const GOVERNORS = new Set(['went', 'goes', 'go', 'going', 'took', 'takes', 'take', 'taking', 'quick', 'careful', 'eager', 'keen',
  'rushed', 'hastened', 'paused', 'stopped', 'used', 'stood', 'got', 'came', 'wrote', 'called', 'phoned', 'returned', 'interjected', 'interrupted', 'prompted',
  'continued', 'continues', 'continue', 'began', 'begins', 'begin', 'started', 'starts'])

/**
 * The subject of the verb that governs "to": "Ms Lee went on | to say", "Lee, who has led the city since 2019, was
 * quick | to point out", "she took to Twitter | to say", "Mr Hale was prompted | to say".
 */
export function governingSubject(tokens: Token[], floor: number, to: number): TokenRange | null {
  let verb = to - 1
  while (verb >= floor && !(hasVerb(tokens, verb, verb + 1) && !tagged(tokens[verb], 'Particle'))) verb--
  // "was quick to": the copula before the adjective carries the subject
  return verb >= floor ? subjectBefore(tokens, verb, floor) : null
}

/** The governing verb's subject when it names someone (a reported clause needs a speaker the words name). */
export function namedClauseSubject(tokens: Token[], floor: number, to: number): TokenRange | null {
  const subject = governingSubject(tokens, floor, to)
  return subject && namesSomeone(tokens, subject) ? subject : null
}

/**
 * A bare verb of saying after "and" or "or" that shares a "to" with an infinitive before it: "doing what it can to
 * monitor fraud and warn people about it" (warning is part of what is done, no report of its own); not when that
 * first infinitive hands over to a verb of saying ("went on to thank the staff and say that …").
 */
export function coordinatedInfinitive(tokens: Token[], i: number, floor: number): boolean {
  const t = tokens[i]
  if (cueLemma(t.normal) !== t.normal || !/^(and|or)$/.test(tokenAt(tokens, i - 1)?.normal ?? '')) return false
  for (let k = i - 2; k > floor && k >= i - 9; k--) {
    if (breaksAfter(tokens[k])) return false
    if (tokenAt(tokens, k - 1)?.normal !== 'to' || !tagged(tokens[k], 'Infinitive') || breaksAfter(tokenAt(tokens, k - 1))) continue
    const handsOver = cueLemma(tokens[k].normal) !== undefined && toInfinitive(tokens, k, floor)
    return !handsOver
  }
  return false
}

/**
 * A verb of saying after "anonymity to" says why a source is not named, not what they said: "an aide, who spoke on
 * condition of anonymity to describe private talks, said …" (the talks are no quote; "said" still reports).
 */
export function anonymityReason(tokens: Token[], i: number): boolean {
  return tokenAt(tokens, i - 1)?.normal === 'to' && tokenAt(tokens, i - 2)?.normal === 'anonymity'
}
