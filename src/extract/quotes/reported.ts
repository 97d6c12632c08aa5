// Reported speech: the clause a reporting verb introduces, with or without quoted words inside it.
//
//   Mr Merz said the Putin-Zelenskiy meeting could happen within two weeks.        clause after the verb
//   Mr Zelenskiy said on Monday evening that security guarantees were a “key issue”  over a phrase, "that" kept; mixed
//   Nato secretary general Mark Rutte … told Fox News that the group would …        over the listener
//   Evacuees were relying on instant noodles, he said.                                clause before the speaker
//   …, said Sutopo Purwo Nugroho, a spokesman …                                       clause before, inverted
//   …, according to Donald Trump and European leaders, …                              "according to"
import type { Sentence, Token } from '../../nlp/parse'
import { cueLemma, isParticiple, LISTENER_VERBS } from '../lexicon/cue-verbs'
import { breaksAfter, canSpeak, phraseStartingAt, tagged, type TokenRange } from '../phrases'
import type { QuoteCandidate, QuoteContext } from './context'
import type { QuoteMarkSpan } from './marks'
import { cueAt, isWeakCue, speakerAfter, subjectBefore } from './speaker-phrase'

const SKIP_AFTER_CUE = new Set(['only', 'also', 'repeatedly', 'previously', 'again', 'later', 'then', 'simply', 'just', 'publicly', 'privately', 'recently', 'earlier', 'further', 'flatly', 'bluntly', 'firmly'])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists'])
const NOT_A_CLAUSE = new Set(['to', 'of', 'about', 'so', 'yes', 'no', 'nothing', 'something', 'anything', 'goodbye', 'hello', 'sorry', 'thanks', 'thank', 'and', 'or', 'but', 'as', 'for', 'than', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'after', 'before', 'during', 'while', 'when', 'because', 'if', 'it.', 'this.', 'hi', 'otherwise', 'more', 'less', 'much', 'little', 'what', 'how', 'why', 'where', 'which'])
const PERSONAL = new Set(['he', 'she', 'i', 'we', 'they'])

export interface ReportedResult {
  candidates: QuoteCandidate[]
  /** Quote-mark spans taken into a mixed quote. */
  absorbed: Set<QuoteMarkSpan>
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    if ((tagged(t, 'Verb') || tagged(t, 'Copula') || tagged(t, 'Modal')) && !(tagged(t, 'Noun') && tagged(t, 'Gerund'))) return true
  }
  return false
}

/** Where the reported clause after a verb begins: over "only", the listener and phrases like "on Monday evening". */
function clauseStart(tokens: Token[], cue: TokenRange, end: number): number | null {
  let k = cue.to
  if (breaksAfter(tokens[cue.to - 1]) && !/^[”’"]$/.test(tokens[cue.to - 1].post)) return null
  while (k < end && SKIP_AFTER_CUE.has(tokens[k].normal)) k++
  const lemma = cueLemma(tokens[cue.from].normal) ?? ''
  if (LISTENER_VERBS.has(lemma) && k < end) {
    if (OBJECT_PRONOUNS.has(tokens[k].normal)) k++
    else {
      const np = phraseStartingAt(tokens, k, end)
      const after = np ? tokens[np.to] : undefined
      if (np && after && (after.normal === 'that' || tagged(after, 'Preposition') || !tagged(after, 'Verb'))) k = np.to
    }
  }
  // "said in a statement on Friday that …", "said by text message the weather had been fine"
  for (let hops = 0; hops < 4 && k < end; hops++) {
    const t = tokens[k]
    if (tagged(t, 'Date') && !tagged(t, 'Pronoun')) { k++; continue }
    if (!tagged(t, 'Preposition') || t.normal === 'that' || breaksAfter(tokens[k - 1]) && hops > 0) break
    const np = phraseStartingAt(tokens, k + 1, end)
    if (!np) break
    k = np.to
    while (k < end && tagged(tokens[k], 'Date')) k++
  }
  if (k >= end) return null
  const first = tokens[k]
  if (first.normal === 'that') return k + 1 < end ? k : null
  if (NOT_A_CLAUSE.has(first.normal) || tagged(first, 'Preposition') || tagged(first, 'Conjunction')) return null
  if (tagged(first, 'Verb') && !tagged(first, 'Noun') && !tagged(first, 'Gerund') && !PERSONAL.has(first.normal)) return null
  return k
}

/** Where a clause running from `from` stops: at a spaced dash, "according to", a quote that has its own speaker. */
function clauseEnd(ctx: QuoteContext, from: number, end: number, blocked: Set<number>): number {
  const { tokens } = ctx
  for (let i = from; i < end; i++) {
    const t = tokens[i]
    if (i > from && blocked.has(i)) return i
    if (i > from && t.normal === 'according' && tokens[i + 1]?.normal === 'to' && breaksAfter(tokens[i - 1])) return i
    if (/\s[–—]\s|^[–—]$/.test(` ${t.post} `) && /[–—]/.test(t.post)) return i + 1
  }
  return end
}

/** Characters of tokens [from, to): include quote marks that open or close inside, never the final stop. */
function charSpan(ctx: QuoteContext, from: number, to: number): { start: number; end: number } {
  const { tokens } = ctx
  const first = tokens[from], last = tokens[to - 1]
  let start = first.start
  const open = ctx.markAt(Math.max(0, first.start - 1))
  if (open && open.start < start && open.start >= start - first.pre.length) start = open.start
  let end = last.end
  const mark = ctx.markAt(last.start)
  if (mark && mark.end > end) end = mark.end
  return { start, end }
}

function marksWithin(ctx: QuoteContext, start: number, end: number): QuoteMarkSpan[] {
  return ctx.marks.filter((m) => m.start < end && m.end > start)
}

function candidate(ctx: QuoteContext, from: number, to: number, cue: TokenRange, speaker: QuoteCandidate['speaker'],
  found: string, linked: string, absorbed: Set<QuoteMarkSpan>): QuoteCandidate | null {
  if (to - from < 2 || !hasVerb(ctx.tokens, from, to)) return null
  let { start, end } = charSpan(ctx, from, to)
  const inside = marksWithin(ctx, start, end)
  for (const m of inside) {
    start = Math.min(start, m.start)
    end = Math.max(end, m.end)
    absorbed.add(m)
  }
  return {
    type: inside.length ? 'mixed' : 'indirect', start, end, cue, speaker,
    showMention: speaker.kind === 'mention', found, linked,
  }
}

function sentenceTokens(s: Sentence): number[] {
  const out: number[] = []
  for (let i = s.firstToken; i < s.endToken; i++) out.push(i)
  return out
}

/**
 * Reported clauses in one sentence. `usedCues` are verbs that already introduce a direct quote; `blocked` are
 * first tokens of direct quotes the clause must stop before ("… were pleased that Mr Trump said: “That is …”").
 */
function inSentence(ctx: QuoteContext, s: Sentence, usedCues: Set<number>, blocked: Set<number>,
  sentenceSpeaker: TokenRange | null, absorbed: Set<QuoteMarkSpan>): QuoteCandidate[] {
  const { tokens } = ctx
  const out: QuoteCandidate[] = []
  let speakerHere = sentenceSpeaker
  for (const i of sentenceTokens(s)) {
    if (usedCues.has(i) || ctx.markAt(tokens[i].start)) continue
    const cue = cueAt(tokens, i)
    if (!cue) continue
    const end = s.endToken
    if (tokens[i].normal === 'according') {
      const np = phraseStartingAt(tokens, cue.to, end)
      if (!np || !canSpeak(tokens, np)) continue
      const speaker = { kind: 'mention' as const, range: np }
      const before = i > s.firstToken && breaksAfter(tokens[i - 1]) ? candidate(ctx, s.firstToken, i, cue, speaker, 'according-to', 'according-to', absorbed) : null
      const afterStart = breaksAfter(tokens[np.to - 1]) ? np.to : -1
      const after = afterStart >= 0 && (before || i <= s.firstToken + 1)
        ? candidate(ctx, afterStart, clauseEnd(ctx, afterStart, end, blocked), cue, speaker, 'according-to', 'according-to', absorbed) : null
      if (!before && !after && i > s.firstToken) {
        const plain = candidate(ctx, s.firstToken, i, cue, speaker, 'according-to', 'according-to', absorbed)
        if (plain) out.push(plain)
      }
      for (const c of [before, after]) if (c) out.push(c)
      speakerHere = speakerHere ?? np
      continue
    }
    // "…, adding that …": the participle's speaker is the sentence's
    const participle = isParticiple(tokens[i].normal) && i > s.firstToken && /,/.test(tokens[i - 1].post)
    const subject = participle ? null : subjectBefore(tokens, i, s.firstToken)
    const weak = isWeakCue(tokens, cue)
    const start = clauseStart(tokens, cue, end)
    if (start !== null && (subject || (participle && speakerHere))) {
      if (weak && subject && !namesSomeone(tokens, subject)) continue
      const stop = clauseEnd(ctx, start, end, blocked)
      const speaker = subject ? { kind: 'mention' as const, range: subject } : { kind: 'mention' as const, range: speakerHere! }
      const c = candidate(ctx, start, stop, cue, speaker, participle ? 'participle-clause' : 'cue-clause',
        participle ? 'sentence-speaker' : 'subject-before-cue', absorbed)
      if (c) {
        if (participle) c.showMention = false
        out.push(c)
        speakerHere = speakerHere ?? subject
        continue
      }
    }
    if (weak) continue
    // the clause before: "Evacuees were relying on instant noodles, he said." / "…, said Sutopo Purwo Nugroho."
    const after = tokens[cue.to - 1]
    const closesHere = cue.to >= end || breaksAfter(after)
    if (!closesHere && !(subject === null && i > s.firstToken && /,/.test(tokens[i - 1].post))) continue
    let speakerRange: TokenRange | null = null
    let clauseTo = -1
    let rule = ''
    if (subject && subject.from > s.firstToken && /,/.test(tokens[subject.from - 1].post)) {
      speakerRange = subject
      clauseTo = subject.from
      rule = 'speaker-then-cue-after-clause'
    } else if (i > s.firstToken && /,/.test(tokens[i - 1].post)) {
      speakerRange = speakerAfter(tokens, cue.to, end)
      clauseTo = i
      rule = 'cue-then-speaker-after-clause'
    }
    if (!speakerRange) continue
    const speaker = { kind: 'mention' as const, range: speakerRange }
    const c = candidate(ctx, s.firstToken, clauseTo, cue, speaker, 'clause-before-cue', rule, absorbed)
    if (c) out.push(c)
    // "…, she said, especially those still suffering from war trauma."
    const tail = Math.max(cue.to, speakerRange.to)
    if (tail < end - 2 && /,/.test(tokens[tail - 1].post)) {
      const rest = candidate(ctx, tail, clauseEnd(ctx, tail, end, blocked), cue, speaker, 'clause-after-speaker', rule, absorbed)
      if (rest) out.push(rest)
    }
    speakerHere = speakerHere ?? speakerRange
  }
  return out
}

/** Weak verbs ("noted", "added") need a person as subject: "Haley noted …", not "the data noted …". */
function namesSomeone(tokens: Token[], r: TokenRange): boolean {
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i]
    if (tagged(t, 'Person') || PERSONAL.has(t.normal) || tagged(t, 'ProperNoun') || tagged(t, 'Organization')) return true
  }
  return false
}

export function findReported(ctx: QuoteContext, usedCues: Set<number>, blocked: Set<number>,
  speakerOfSentence: Map<number, TokenRange>): ReportedResult {
  const absorbed = new Set<QuoteMarkSpan>()
  const candidates: QuoteCandidate[] = []
  ctx.sentences.forEach((s, index) => {
    candidates.push(...inSentence(ctx, s, usedCues, blocked, speakerOfSentence.get(index) ?? null, absorbed))
  })
  return { candidates, absorbed }
}
