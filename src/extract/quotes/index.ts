// Quote finding, in order:
//   1. quote marks with a speaker right next to them → direct quotes;
//   2. reporting verbs and "according to" → reported clauses, `mixed` when they hold quoted words;
//   3. quote marks left over that open a sentence → floating direct quotes, spoken by the speaker before
//      ("“Now I have plenty.”" after "“Before I met Jane …,” says Okafor.");
//   4. quoted words inside a sentence → the clause around them, spoken by the sentence's subject
//      ("He implied the judge was “hostile” to him."), unless they name a thing ("the “doorstep” scam");
//   5. long quoted words left over → a quote of their own, spoken by the subject of the verb before them or by
//      the speaker before ("The old cleric is shown lecturing: “People of the West, take heed …”");
//   6. the answers of an interview printed as a transcript ("Q: … ¶ A: …", "ROE: …"), said by the one interviewed.
import type { ParsedArticle } from '../../nlp/parse'
import type { TokenRange } from '../phrases'
import { createContext, opensSentence, wordCount, type QuoteCandidate, type QuoteContext } from './context'
import { directCandidate, leadingAttribution, trailingAttribution } from './direct'
import type { QuoteMarkSpan } from './marks'
import { embeddedCandidate } from './embedded'
import { namingQuote, splitNaming, widenToRelative } from './naming-quote'
import { chantQuote } from './chant-quote'
import { unclaimedQuote } from './unclaimed'
import { findReported } from './reported'
import { transcriptQuotes } from './transcript'
import { clauseSubject, cueAt, isRelative } from './speaker-phrase'
import { hasVerb, namesPerson, phraseEndingAt } from '../phrases'

export type { QuoteCandidate, QuoteContext, SpeakerLink } from './context'


function floating(ctx: QuoteContext, m: QuoteMarkSpan, previous: QuoteMarkSpan | undefined, attributed: Set<QuoteMarkSpan>): QuoteCandidate | null {
  const inner = ctx.text.slice(m.innerStart, m.innerEnd)
  const follow = (linked: string): QuoteCandidate =>
    ({ type: 'direct', start: m.start, end: m.end, cue: null, speaker: { kind: 'previous' }, showMention: false, found: 'quote-marks', linked })
  if (m.continuesPrevious) return follow(previous && previous.paragraph === m.paragraph ? 'continues-quote' : 'continues-paragraph')
  // "Schumer said on Friday "We made a plea …" and "So we told the president …"", "“It strengthened our
  // resolve,” said Hale, and “faith in our people …”"
  const between = previous ? ctx.text.slice(previous.end, m.start) : ''
  if (previous && attributed.has(previous) && (/^\s*(,|and|,\s*and)\s*$/.test(between) || /^[^.!?\n"“”]{0,60},\s*and\s*$/.test(between))) return follow('joined-quote')
  // "Then, after a moment: “A few coffees.”": a lead-in with no verb of its own hands on to the last speaker
  if (previous && attributed.has(previous) && leadIn(ctx, m)) return follow('previous-quote')
  if (!opensSentence(ctx, m)) return null
  if (wordCount(inner) < 4 && !/[.!?…]\s*$/.test(inner)) return null
  // "“It will fail,” Lee said. ¶ Haddad has backed the plan for years. ¶ “It is the best way ahead.”": after a
  // paragraph that turns to someone, a quote standing alone is theirs
  const turned = paragraphSubject(ctx, m, previous)
  if (turned) return { ...follow('paragraph-subject'), speaker: { kind: 'mention', range: turned } }
  return follow('previous-quote')
}

/** Whether the words before a quote in its sentence end in a colon and hold no verb: "Then, after a pause: “…”". */
function leadIn(ctx: QuoteContext, m: QuoteMarkSpan): boolean {
  const last = ctx.tokenBefore(m.start)
  if (last < 0 || !/:\s*$/.test(ctx.text.slice(ctx.tokens[last].end, m.start))) return false
  const first = ctx.sentences[ctx.tokens[last].sentence].firstToken
  return last - first < 8 && !hasVerb(ctx.tokens, first, last + 1)
}

/**
 * The person a paragraph of the writer's own (no quote marks) is about, when it comes right before a quote
 * standing alone and after the last quote: the subject of its first sentence, if that names a person.
 */
function paragraphSubject(ctx: QuoteContext, m: QuoteMarkSpan, previous: QuoteMarkSpan | undefined): TokenRange | null {
  const first = ctx.tokenFrom(m.start)
  if (first >= ctx.tokens.length || first === 0) return null
  const before = ctx.sentences[ctx.tokens[first - 1].sentence]
  // ("Raj Singh, who lives next door, was less alarmed. “It will pass.”": the paragraph may turn to them before the
  // quote in the same paragraph)
  if ((before.paragraph !== m.paragraph - 1 && before.paragraph !== m.paragraph) || (previous && previous.end > before.start)) return null
  let start = ctx.sentences.indexOf(before)
  while (start > 0 && ctx.sentences[start - 1].paragraph === before.paragraph) start--
  const opening = ctx.sentences[start]
  if (ctx.marksWithin(opening.start, before.end).length > 0) return null
  if (before.paragraph === m.paragraph) {
    // in the quote's own paragraph, the sentence right before it, by a name ("On the other side, Sen. Ana Ruiz
    // tweeted a warning. “…”"), not a pronoun, which may be anyone the writer has been telling of
    // (nor after a quote mark left unpaired there: "” … the train has left the station,” wrote the magazine. “…”")
    if ((previous && previous.end > opening.start) || /["“”«»]/.test(ctx.text.slice(opening.start, m.start))) return null
    const subject = relativeHead(ctx, clauseSubject(ctx.tokens, before.firstToken, before.endToken), before.firstToken)
    return subject && namesPerson(ctx.tokens, subject) && !pronounOnly(ctx, subject) ? subject : null
  }
  const subject = clauseSubject(ctx.tokens, opening.firstToken, opening.endToken)
  return subject && namesPerson(ctx.tokens, subject) ? subject : null
}

/** "Raj Singh, who lives next door, was less alarmed": the name before a relative word the subject was read as. */
function relativeHead(ctx: QuoteContext, subject: TokenRange | null, floor: number): TokenRange | null {
  if (!subject || subject.to - subject.from !== 1 || !isRelative(ctx.tokens[subject.from]) || subject.from - 1 < floor) return subject
  if (!/,/.test(ctx.tokens[subject.from - 1].post)) return subject
  return phraseEndingAt(ctx.tokens, subject.from, floor)
}

const pronounOnly = (ctx: QuoteContext, r: TokenRange) => r.to - r.from === 1 && /^(he|she)$/.test(ctx.tokens[r.from].normal)

/**
 * A quote that closes a sentence begun in the writer's words, with the speaker after it, is one mixed quote:
 * "The budget vote was “a crushing defeat for this government,” Mr. Hale told the House."
 */
function widenToSentence(ctx: QuoteContext, m: QuoteMarkSpan, c: QuoteCandidate, attributed: Set<QuoteMarkSpan>) {
  if (opensSentence(ctx, m) || m.continuesPrevious) return
  const first = ctx.tokenFrom(m.start)
  if (first >= ctx.tokens.length) return
  const sentence = ctx.sentences[ctx.tokens[first].sentence]
  if (sentence.start >= m.start) return
  for (const other of attributed) if (other.end <= m.start && other.end > sentence.start) return
  if (wordCount(ctx.text.slice(sentence.start, m.start)) < 2 || leadInClause(ctx, m)) return
  c.start = sentence.start
  c.type = 'mixed'
}

/**
 * Whether the writer's words before a quote that has its own verb of saying after it make a clause of their own: they
 * end in a colon or a dash ("Ms Ruiz praised the need for courage: “Change the town …,” she said"), or in a verb of
 * saying and a comma ("After the council accused him, Hale warned, “If they play that card …,” Hale told the Gazette").
 */
function leadInClause(ctx: QuoteContext, m: QuoteMarkSpan): boolean {
  const last = ctx.tokenBefore(m.start)
  if (last < 0) return false
  const between = ctx.text.slice(ctx.tokens[last].end, m.start)
  return /[:;]\s*$|(^|\s)[-–—]\s*$/.test(between) || (/,\s*$/.test(between) && !!cueAt(ctx.tokens, last))
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

export function findQuoteCandidates(article: ParsedArticle): { ctx: QuoteContext; candidates: QuoteCandidate[] } {
  const ctx = createContext(article)
  const direct: QuoteCandidate[] = []
  const attributed = new Set<QuoteMarkSpan>()
  const usedCues = new Set<number>()
  const blocked = new Set<number>()
  const speakerOfSentence = new Map<number, TokenRange>()

  // quoted words after a frame verb ("in what he called “the longest night”") give way to a reported
  // clause that takes them in ("he said he was in tears in what he called “…”")
  const framed: Array<{ m: QuoteMarkSpan; c: QuoteCandidate }> = []
  for (const m of ctx.marks) {
    const trailing = trailingAttribution(ctx, m)
    const a = trailing ?? leadingAttribution(ctx, m)
    if (!a) continue
    const c = directCandidate(m, a)
    if (a.rule === 'frame-before-quote') {
      widenToRelative(ctx, m, c)
      framed.push({ m, c })
      attributed.add(m)
      continue
    }
    if (trailing) widenToSentence(ctx, m, c, attributed)
    else widenToRelative(ctx, m, c)
    direct.push(c)
    attributed.add(m)
    if (a.cue) for (let i = a.cue.from; i < a.cue.to; i++) usedCues.add(i)
    blocked.add(ctx.tokenFrom(m.start))
    speakerOfSentence.set(ctx.tokens[a.mention.from].sentence, a.mention)
  }

  const reported = findReported(ctx, usedCues, blocked, speakerOfSentence)
  const leftovers: QuoteCandidate[] = []
  for (const [i, m] of ctx.marks.entries()) {
    if (attributed.has(m) || reported.absorbed.has(m)) continue
    const c = floating(ctx, m, ctx.marks[i - 1], attributed) ?? chantQuote(ctx, m, i) ?? namingQuote(ctx, m, i) ?? embeddedCandidate(ctx, m, i) ?? unclaimedQuote(ctx, m, i)
    if (c) leftovers.push(c)
  }

  // a naming that a clause ran on into is a quote of its own ("…, called the treasurer “a clown”")
  const splits: QuoteCandidate[] = []
  for (const c of [...reported.candidates, ...leftovers]) {
    const split = c.type === 'mixed' && !/naming$/.test(c.found) ? splitNaming(ctx, c) : null
    if (split) splits.push(split)
  }

  // earlier rules win where candidates overlap; kept in text order, so each check looks at two neighbours only
  const accepted: QuoteCandidate[] = []
  const named = framed.filter((f) => !reported.absorbed.has(f.m)).map((f) => f.c)
  // (an interview's answer is the interviewee's words whole, and wins over any quote found inside it)
  for (const c of [...transcriptQuotes(ctx), ...direct, ...reported.candidates, ...splits, ...named, ...leftovers]) {
    let lo = 0, hi = accepted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (accepted[mid].start < c.start) lo = mid + 1
      else hi = mid
    }
    if ((lo > 0 && overlaps(accepted[lo - 1], c)) || (lo < accepted.length && overlaps(accepted[lo], c))) continue
    accepted.splice(lo, 0, c)
  }
  return { ctx, candidates: accepted }
}
