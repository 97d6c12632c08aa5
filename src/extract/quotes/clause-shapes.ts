// The shapes of a clause around a verb of saying that decide where its words begin and end: a share or a hedged
// number opening it ("said much of the talk was …"), a condition before its main clause, a relative clause the
// verb stands in (", who said he votes Labour, said …"), a clause of "as" ("As the Gazette reported, …") and a
// clause whose subject stands before the speaker ("a shortage he says has left …").
import type { Sentence, Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma, FRAME_ONLY } from '../lexicon/cue-verbs'
import { breaksAfter, hasVerb, isNounish, tagged, type TokenRange } from '../phrases'

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
    if (SUBJECT_PRONOUNS.has(tokens[j].normal) && !tagged(tokenAt(tokens, j - 1), 'Preposition') && !tagged(tokenAt(tokens, j - 1), 'Verb') &&
      (tagged(tokenAt(tokens, j + 1), 'Modal') || tagged(tokenAt(tokens, j + 1), 'Auxiliary') || tagged(tokenAt(tokens, j + 1), 'Copula'))) return true
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
  return k > floor && /^(who|which)$/.test(tokens[k].normal) && /,/.test(tokenAt(tokens, k - 1)?.post ?? '')
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
  const opens = as === s.firstToken || (as === s.firstToken + 1 && /^(and|but|yet|so)$/.test(tokens[s.firstToken].normal))
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
