// The shapes of a clause around a verb of saying that decide where its words begin and end: a share or a hedged
// number opening it ("said much of the talk was …"), a condition before its main clause, a relative clause the
// verb stands in (", who said he votes Labour, said …"), a clause of "as" ("As the Gazette reported, …") and a
// clause whose subject stands before the speaker ("a shortage he says has left …"); where a clause ends: a
// subordinate clause opening it, a time tied to an event ("two days after …"), a clause of its own after "but".
import type { Sentence, Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma, FRAME_ONLY } from '../lexicon/cue-verbs'
import { breaksAfter, hasVerb, isCapitalized, isNounish, phraseEndingAt, phraseStartingAt, PREPOSITIONS, startsClause, tagged, type TokenRange } from '../phrases'

/** Words between a subject and its verb that the subject is read past ("Ms Lee also said", "has said"). */
export const SKIPPED_BEFORE_CUE = new Set(['also', 'has', 'have', 'had', 'later', 'then', 'again', 'separately', 'previously', 'repeatedly'])

/** Words for a share of something that head a subject with "of": "much of the money was …", "most of them are …". */
export const SHARES = new Set(['much', 'most', 'many', 'some', 'all', 'none', 'half', 'each', 'few', 'several', 'part'])

/** Whether a finite verb comes before the next comma: the clause's own verb. */
export function finiteBeforeComma(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 15; i++) {
    if (i > from && hasVerb(tokens, i, i + 1) && !tagged(tokens[i], 'Gerund') && !tagged(tokens[i], 'Participle')) return true
    if (breaksAfter(tokens[i])) return false
  }
  return false
}

/**
 * Whether a main clause follows a subordinate one without a comma: a pronoun and its verb, not right after the
 * subordinator. "if elected mayor she could …" has one; "when he arrived at the airport" does not.
 */
export function mainClauseAfter(tokens: Token[], from: number, end: number): boolean {
  for (let j = from + 2; j < end - 1 && j < from + 10; j++) {
    if (breaksAfter(tokenAt(tokens, j - 1))) return false
    // ("while everyone had the right to be secure they also had …": an adverb may stand before the verb)
    const v = /^(also|still|too|all|both)$/.test(tokenAt(tokens, j + 1)?.normal ?? '') ? j + 2 : j + 1
    if (SUBJECT_PRONOUNS.has(tokens[j].normal) && !tagged(tokenAt(tokens, j - 1), 'Preposition') && !tagged(tokenAt(tokens, j - 1), 'Verb') &&
      (tagged(tokenAt(tokens, v), 'Modal') || tagged(tokenAt(tokens, v), 'Auxiliary') || tagged(tokenAt(tokens, v), 'Copula') ||
        (tagged(tokenAt(tokens, v), 'PastTense') && tagged(tokenAt(tokens, v), 'Verb') && !tagged(tokenAt(tokens, v), 'Participle')))) return true
  }
  return false
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you'])

/**
 * Whether the verb at i sits in a relative clause set off by a comma: "Mr Hale, who has said he votes Labour,
 * said …". What it reports ends where the relative clause does.
 */
export function inRelativeClause(tokens: Token[], i: number, floor: number): boolean {
  let k = i - 1
  while (k > floor && (SKIPPED_BEFORE_CUE.has(tokens[k].normal) || (tagged(tokens[k], 'Adverb') && !breaksAfter(tokens[k])))) k--
  if (k <= floor || !/^(who|which|who['’](s|ve|d))$/.test(tokens[k].normal)) return false
  if (/,/.test(tokenAt(tokens, k - 1)?.post ?? '')) return true
  // ("Mr Ruiz, a Republican who described himself as devout, said …": the relative clause inside an appositive)
  const head = phraseEndingAt(tokens, k, floor)
  return !!head && head.from > floor && head.to - head.from <= 6 && /,/.test(tokens[head.from - 1].post) && tagged(tokens[head.from], 'Determiner')
}

/**
 * The comma that closes a relative clause: the first one a finite verb follows, the main clause going on
 * ("…, who said he votes Green, | said one candidate …"); not one before a participle ("the plan, approved
 * in May, …") or a subject of its own ("…, he said").
 */
export function relativeClauseEnd(tokens: Token[], from: number, end: number): number {
  let opened = -1
  for (let i = from; i < end - 1; i++) {
    if (!/^,$/.test(tokens[i].post)) continue
    // the second comma of an aside inside the words: "that Mr Hale, under fire for the delays, would …"
    const closesAside = opened >= 0 && !hasVerb(tokens, opened, i + 1)
    opened = closesAside ? -1 : i + 1
    const next = tokenAt(tokens, i + 1)
    if (closesAside || !hasVerb(tokens, i + 1, i + 2) || tagged(next, 'Gerund') || tagged(next, 'Participle') || tagged(next, 'Noun')) continue
    const aside = /ed$/.test(next?.normal ?? '') ? participialAside(tokens, i + 1, end) : -1
    if (aside < 0) return i + 1
    i = aside - 1
  }
  return end
}

/**
 * Where "approved in May," or "backed by the council," ends: a participle that a comma closes with no verb
 * between (the token after that comma); -1 when the words after the participle are a clause's.
 */
function participialAside(tokens: Token[], at: number, end: number): number {
  for (let k = at; k < end && k < at + 7; k++) {
    if (k > at && hasVerb(tokens, k, k + 1)) return -1
    if (/^,$/.test(tokens[k].post)) return k + 1
    if (breaksAfter(tokens[k])) return -1
  }
  return -1
}

/**
 * Whether a verb of saying stands inside a clause whose subject comes before the speaker: the noun or relative
 * word before the speaker, then the speaker and the verb, then a finite verb with no subject of its own ("a shortage
 * | he says | has left …", "which | officials said | will take …", "what | she said | is growing …").
 */
export function missingSubjectClause(tokens: Token[], subject: TokenRange, cue: TokenRange, end: number): boolean {
  const lemma = cueLemma(tokens[cue.from].normal) ?? ''
  if (FRAME_ONLY.has(lemma) || cue.to >= end || breaksAfter(tokens[cue.to - 1])) return false
  const next = tokenAt(tokens, cue.to)
  const before = tokenAt(tokens, subject.from - 1)
  if (!before || breaksAfter(before)) return false
  const relative = /^(which|that|what|who)$/.test(before.normal)
  // "which they say left a vacuum": after a relative word, any verb of its own that no noun reading clouds ("laws that
  // some say target Muslims": a plural's present may be read as an infinitive)
  const finite = tagged(next, 'Verb') && (tagged(next, 'PastTense') || tagged(next, 'PresentTense')) && !tagged(next, 'Noun') && !tagged(next, 'Gerund') &&
    (relative || !tagged(next, 'Infinitive'))
  // "a decision they say allowed the group to grow": after a noun, a pronoun's report may leave out "that" too
  const pronounReport = isNounish(before) && !tagged(before, 'Pronoun') && subject.to - subject.from === 1 && tagged(tokens[subject.from], 'Pronoun')
  if (!(tagged(next, 'Modal') || tagged(next, 'Auxiliary') || tagged(next, 'Copula') || /^(has|have|had|is|are|was|were)$/.test(next?.normal ?? '') ||
    ((relative || pronounReport) && finite))) return false
  return relative || (isNounish(before) && !tagged(before, 'Pronoun'))
}

/**
 * What a clause "as X said" reports: the main clause after it when it opens the sentence ("As Ms Lee said, the
 * plan failed"), the words before it when it follows them ("The plan failed, as Ms Lee noted on Monday").
 * Only phrases of time and place may follow the verb inside it: "As the firm reported profits, shares rose" and
 * "As Mr Hale said he would, …" report nothing this way.
 */
export function asClauseReport(tokens: Token[], subject: TokenRange, cue: TokenRange, s: Sentence): TokenRange | null {
  const as = subject.from - 1
  if (as < s.firstToken || tokens[as].normal !== 'as') return null
  if (cue.to >= s.endToken) return as - 1 > s.firstToken && /^,$/.test(tokenAt(tokens, as - 1)?.post ?? '') ? { from: s.firstToken, to: as } : null
  const next = tokenAt(tokens, cue.to)
  if (!breaksAfter(tokens[cue.to - 1]) && !(tagged(next, 'Preposition') || tagged(next, 'Date') || (tagged(next, 'Adverb') && !tagged(next, 'Verb')))) return null
  let close = cue.to - 1
  while (close < s.endToken - 1 && close < cue.to + 8 && !breaksAfter(tokens[close])) {
    if (close >= cue.to && hasVerb(tokens, close, close + 1) && !tagged(tokens[close], 'Date')) return null
    close++
  }
  if (!/^,$/.test(tokens[close].post) && close !== s.endToken - 1) return null
  // ("And as Ms Lee pointed out, …": a joining word before "as" still opens the sentence)
  // (so does a joining word inside it, or an adverb set off at its start: "That could change, and as Ms Lee noted,
  // the staff could still be fined", "given that, as the Gazette reported, he has …", "However, as the Gazette has
  // reported, …": the words after the clause of "as" are what was reported)
  const prev = tokenAt(tokens, as - 1)
  const joined = as > s.firstToken && !!prev && (/^(and|but|yet|so)$/.test(prev.normal) || (prev.normal === 'that' && /^,$/.test(prev.post)) ||
    (as === s.firstToken + 1 && /^,$/.test(prev.post) && (tagged(prev, 'Adverb') || tagged(prev, 'Conjunction')) && !tagged(prev, 'Verb')))
  const opens = as === s.firstToken || joined
  if (opens) return close + 1 < s.endToken && /^,$/.test(tokens[close].post) ? { from: close + 1, to: s.endToken } : null
  return as - 1 > s.firstToken && /^,$/.test(tokenAt(tokens, as - 1)?.post ?? '') ? { from: s.firstToken, to: as } : null
}

/** Whether the words after a verb up to a comma or the end have no verb but an auxiliary: "said he would,". */
export function elliptical(tokens: Token[], from: number, end: number): boolean {
  let auxiliary = false
  for (let i = from; i < end; i++) {
    const t = tokens[i]
    if (tagged(t, 'Modal') || tagged(t, 'Auxiliary') || tagged(t, 'Copula') || /^(do|does|did|had|has|have)$/.test(t.normal)) auxiliary = true
    else if (hasVerb(tokens, i, i + 1)) return false
    if (breaksAfter(t)) break
  }
  return auxiliary
}

/** Words that open a subordinate clause: "while Hale said …", "although …". */
export const SUBORDINATORS = new Set(['while', 'when', 'if', 'because', 'although', 'though', 'unless', 'once'])

/**
 * The comma that closes a subordinate clause opening the reported one, or -1: in "argued that although Hale
 * admitted it, he showed no remorse" the clause of "although" and the main clause after its comma were both argued,
 * and the verbs inside it ("admitted") start no report of their own.
 */
export function openingSubordinateEnd(tokens: Token[], from: number, end: number): number {
  const first = tokens[from].normal === 'that' ? from + 1 : from
  // ("had said that because, she said, the comment …": a subordinator set off by a comma opens no clause here)
  if (first >= end || !SUBORDINATORS.has(tokens[first].normal) || tokens[first].post !== '') return -1
  for (let i = first + 1; i < end - 1 && i < first + 25; i++) {
    if (/^,$/.test(tokens[i].post)) return i
    if (breaksAfter(tokens[i])) return -1
  }
  return -1
}

/** The "that" after asides set off by commas, with no finite verb but a participle opening one; or null. */
export function thatAfterAsides(tokens: Token[], from: number, end: number): number | null {
  for (let c = from; c < end - 1 && c < from + 25; c++) {
    const participle = tagged(tokens[c], 'Gerund') || (tagged(tokens[c], 'PastTense') && /,/.test(tokenAt(tokens, c - 1)?.post ?? ''))
    if (hasVerb(tokens, c, c + 1) && !participle) return null
    if (/^,$/.test(tokens[c].post) && tokens[c + 1].normal === 'that') return c + 1
    if (breaksAfter(tokens[c]) && !/^,$/.test(tokens[c].post)) return null
  }
  return null
}

/** The token after a place set off by commas after another ("Buffalo, | New York, | that …"), else k itself. */
export function afterPlaceAside(tokens: Token[], k: number, end: number): number {
  if (!/^,$/.test(tokenAt(tokens, k - 1)?.post ?? '') || !tagged(tokenAt(tokens, k - 1), 'Place')) return k
  for (let c = k; c < end - 1 && c < k + 3; c++) {
    if (!tagged(tokens[c], 'Place') || !isCapitalized(tokens[c])) return k
    if (/^,$/.test(tokens[c].post)) return c + 1
    if (tokens[c].post !== '') return k
  }
  return k
}

/** A stretch of time, then the word that ties it to an event: "two days after …", "hours before …", "a week ago". */
export function timeAfter(tokens: Token[], from: number, end: number): boolean {
  const ties = (t: Token) => /^(after|before|since|until|ago|later|earlier)$/.test(t.normal)
  let k = from
  // (the dates found put their tag on every word: "two days after" is one date)
  while (k < end && k < from + 4 && !ties(tokens[k]) && (tagged(tokens[k], 'Date') || tagged(tokens[k], 'Value') || tokens[k].normal === 'a') && !breaksAfter(tokens[k])) k++
  return k > from && k < end && ties(tokens[k])
}

/**
 * A clause of its own joined at token i: "but", "while", "whereas" and a subject with its verb, or ", and" so
 * ("this hatred and foul talk were wrong" is one subject; "Hale’s and Lee’s immunity was partial" too).
 */
export function clauseJoinedAt(tokens: Token[], i: number, end: number): boolean {
  const word = tokens[i].normal
  const joins = /^(but|while|yet|whereas)$/.test(word) || (/^(and|so)$/.test(word) && /,/.test(tokenAt(tokens, i - 1)?.post ?? ''))
  return joins && startsClause(tokens, i + 1, end)
}

/**
 * A verb right after "that" that agrees with a plural: then "that" is a relative pronoun after a plural noun the
 * tagger read as the verb ("athletes from 50 member states that have French as a language", "the reports that
 * are circulating"); "that" as the clause's own subject takes a singular verb ("He says that is wrong").
 */
export function pluralVerbAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  // (not the first word of a hyphenated noun, "said that have-nots would suffer", nor an aside after "that": "said
  // that, like him, she had been …", "said that like Hale, others …")
  if (/^-/.test(t.post) || breaksAfter(tokens[k - 1]) || t.normal === 'like' || PREPOSITIONS.has(t.normal)) return false
  if (/^(have|are|were|do|don['’]t|aren['’]t|weren['’]t|haven['’]t)$/.test(t.normal)) return true
  return tagged(t, 'PresentTense') && tagged(t, 'Infinitive') && !tagged(t, 'Noun') && !/s$/.test(t.normal)
}

/** Verbs that report what someone wants done, in a clause whose verb keeps its bare form: "suggested the council delay the vote". */
const MANDATIVE = new Set(['suggest', 'propose', 'urge'])

/**
 * Whether a clause without "that" whose verb is in the bare form starts at k, after a verb of MANDATIVE: "Mr Hale
 * suggested Ms Lee hit a softer club", "proposed the city build more homes" (not "suggested a new plan today", no
 * verb; nor "proposed projects like new parks").
 */
export function subjunctiveClause(tokens: Token[], lemma: string, k: number, end: number): boolean {
  if (!MANDATIVE.has(lemma)) return false
  const subject = phraseStartingAt(tokens, k, end)
  const verb = subject ? tokenAt(tokens, subject.to) : undefined
  if (!subject || !verb || subject.to + 1 >= end || breaksAfter(tokens[subject.to - 1])) return false
  // ("proposed projects like installing solar panels": "like" after a noun is mostly the preposition)
  if (/^(like|unlike)$/.test(verb.normal)) return false
  return tagged(verb, 'Verb') && tagged(verb, 'Infinitive') && !tagged(verb, 'Gerund') && !tagged(verb, 'Noun')
}
