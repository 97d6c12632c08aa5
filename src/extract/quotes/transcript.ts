// Interviews printed as transcripts: each answer is words of the one who gives it, in no quote marks, after a
// label (speakers/transcript.ts finds the labelled blocks):
//
//   Jane Roe has run the shelter for ten years. Ms Roe spoke to us about the winter.
//   Q: Will you have enough beds?
//   A: We never have enough beds.                  → "We never have enough beds.", said by Jane Roe
//
//   ((Jane Roe))  We never have enough beds.        → said by Jane Roe (so "JR: …", "ROE: …" after "Jane Roe")
//
// The questions stay out: they are the interviewer's, by label ("Q:", "((WN))") or by their question mark. A label must name someone: the initials or the surname of a
// person the article names, a name in double brackets, or "A:" after an opening about one person above all others.
// "READ MORE: …" and "WATCH: …" between the sections of a story are no one speaking.
import type { Token } from '../../nlp/parse'
import type { QuoteCandidate, QuoteContext } from './context'
import { tagged, type TokenRange } from '../phrases'
import { findNames } from '../speakers/names'
import { asksFor, type TranscriptBlock } from '../speakers/transcript'

const ANSWER = /^(A|Answer)$/i

/** The answers of an interview printed as a transcript, each one quote. */
export function transcriptQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const blocks = ctx.transcript
  if (blocks.length === 0) return []
  const labelStarts = new Set(blocks.map((b) => ctx.tokenFrom(b.start)))
  // (a name in a label is no mention of the person as someone the text names: "ROE:" names no "Roe")
  const people = findNames(ctx.tokens).filter((n) => n.kind === 'person' && !labelStarts.has(n.from)).map(({ from, to }) => ({ from, to }))
  const names = knownNames(ctx, people)
  let interviewee: TokenRange | null | undefined
  const found: QuoteCandidate[] = []
  for (const [i, block] of blocks.entries()) {
    if (asksFor(block.label)) continue
    // (the last answer keeps to its own paragraph: what follows the interview is the writer's again)
    const end = i === blocks.length - 1 ? paragraphEnd(ctx.text, block.labelEnd) : block.end
    const start = skipSpace(ctx.text, block.labelEnd)
    // (a question is the interviewer's, however labelled: "((WSS))  What are your goals?"; a headline with a colon
    // opens the text: "Gov. Lee: Budget Is ‘Not Enough’"; a count is no answer: "Jane Lee: 1,769.")
    if (start >= end || /\?["”’)]?$/.test(ctx.text.slice(start, end)) || /^\s*$/.test(ctx.text.slice(0, block.start))) continue
    if (!/\p{L}{2}/u.test(ctx.text.slice(start, paragraphEnd(ctx.text, start)))) continue
    const quote = { type: 'direct' as const, start, end, cue: null, found: 'interview-answer' }
    if (ANSWER.test(block.label)) {
      if (interviewee === undefined) interviewee = mostNamed(ctx, people, blocks[0].start)
      found.push(interviewee
        ? { ...quote, speaker: { kind: 'mention', range: interviewee }, showMention: false, linked: 'interviewee' }
        : { ...quote, speaker: { kind: 'none' }, showMention: false, linked: null })
      continue
    }
    if (!namesSomeone(ctx, block, names)) continue
    found.push({ ...quote, speaker: { kind: 'label', at: block.start }, showMention: false, linked: 'transcript-label' })
  }
  return found
}

/** The surnames and the initials of the people the article names outside the labels: "roe" and "jr" for Jane Roe. */
function knownNames(ctx: QuoteContext, people: TokenRange[]): { surnames: Set<string>; initials: Set<string> } {
  const surnames = new Set<string>(), initials = new Set<string>()
  for (const r of people) {
    surnames.add(ctx.tokens[r.to - 1].normal)
    if (r.to - r.from >= 2) initials.add(initialsOf(ctx.tokens, r))
  }
  return { surnames, initials }
}

/** Whether a label names a person: in double brackets, or the initials or surname of someone the article names. */
function namesSomeone(ctx: QuoteContext, block: TranscriptBlock, names: { surnames: Set<string>; initials: Set<string> }): boolean {
  const words = block.label.toLowerCase().split(/\s+/)
  if (ctx.text.startsWith('((', block.start)) return true
  // ("LEE:" may be initials or a surname written in capitals)
  return names.surnames.has(words[words.length - 1]) || (block.initials && names.initials.has(words[0]))
}

const initialsOf = (tokens: Token[], r: TokenRange) =>
  tokens.slice(r.from, r.to).filter((t) => !tagged(t, 'Honorific')).map((t) => t.normal[0]).join('')

function paragraphEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from)
  let end = newline < 0 ? text.length : newline
  while (end > from && /\s/.test(text[end - 1])) end--
  return end
}

function skipSpace(text: string, from: number): number {
  while (from < text.length && /\s/.test(text[from])) from++
  return from
}

/**
 * The fullest name of the one person named most often before `end`, by surname; none on a tie: the one an
 * interview's opening is about ("Jane Roe has run the shelter … Ms Roe spoke to us"), not "Tom Hale met Ann Reyes".
 */
function mostNamed(ctx: QuoteContext, people: TokenRange[], end: number): TokenRange | null {
  const counts = new Map<string, { count: number; fullest: TokenRange }>()
  for (const r of people) {
    if (ctx.tokens[r.from].start >= end || ctx.markAt(ctx.tokens[r.from].start)) continue
    const key = ctx.tokens[r.to - 1].normal
    const seen = counts.get(key)
    if (!seen) counts.set(key, { count: 1, fullest: r })
    else {
      seen.count++
      if (r.to - r.from > seen.fullest.to - seen.fullest.from) seen.fullest = r
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count)
  return ranked.length > 0 && (ranked.length === 1 || ranked[0].count > ranked[1].count) ? ranked[0].fullest : null
}
