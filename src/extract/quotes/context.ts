// What the quote rules share about one article: its tokens, sentences, quote marks and quick look-ups.
import type { ParsedArticle, Sentence, Token } from '../../nlp/parse'
import type { QuoteType } from '../../model'
import type { TokenRange } from '../phrases'
import { findQuoteMarks, type QuoteMarkSpan } from './marks'
import { transcriptBlocks, type TranscriptBlock } from '../speakers/transcript'

/** How the speaker of a candidate is to be found. */
export type SpeakerLink =
  | { kind: 'mention'; range: TokenRange } // the words near the quote: "Mr Merz", "he"
  | { kind: 'previous' } // the speaker of the quote before: a floating quote, the second half of a split quote
  | { kind: 'label'; at: number } // whom the label of an interview's answer at this offset names: "((Jane Roe))", "JR:"
  | { kind: 'none' }

export interface QuoteCandidate {
  type: QuoteType
  start: number
  end: number
  cue: TokenRange | null
  speaker: SpeakerLink
  /** Whether `speaker` is also shown as the quote's mention (false for a link made through an earlier quote). */
  showMention: boolean
  /** The rule that found the quote (shown by --explain). */
  found: string
  /** The rule that linked the speaker. */
  linked: string | null
}

export interface QuoteContext {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  marks: QuoteMarkSpan[]
  /** An interview's labelled blocks (none when the text is no transcript): read once, by the quote rules and the resolver. */
  transcript: TranscriptBlock[]
  /** Index of the first token that starts at or after `offset` (tokens.length when none). */
  tokenFrom(offset: number): number
  /** Index of the last token that ends at or before `offset` (-1 when none). */
  tokenBefore(offset: number): number
  /** The quote-mark span that contains `offset`, if any. */
  markAt(offset: number): QuoteMarkSpan | undefined
  /** Quote-mark spans that overlap [start, end). */
  marksWithin(start: number, end: number): QuoteMarkSpan[]
}

export function createContext(article: ParsedArticle): QuoteContext {
  const { text, tokens, sentences, paragraphs } = article
  const marks = findQuoteMarks(text, paragraphs)
  const tokenFrom = (offset: number) => {
    let lo = 0, hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tokens[mid].start < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const tokenBefore = (offset: number) => {
    let lo = 0, hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tokens[mid].end <= offset) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }
  /** Index of the first mark that ends after `offset`: marks are in text order and never overlap. */
  const firstEndingAfter = (offset: number) => {
    let lo = 0, hi = marks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (marks[mid].end <= offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const markAt = (offset: number) => {
    const m = marks[firstEndingAfter(offset)]
    return m && m.start <= offset && offset < m.end ? m : undefined
  }
  const marksWithin = (start: number, end: number) => {
    const found: QuoteMarkSpan[] = []
    for (let i = firstEndingAfter(start); i < marks.length && marks[i].start < end; i++) found.push(marks[i])
    return found
  }
  return { text, tokens, sentences, marks, transcript: transcriptBlocks(text), tokenFrom, tokenBefore, markAt, marksWithin }
}

/** The sentence of a token. */
export function sentenceOf(ctx: QuoteContext, tokenIndex: number): Sentence {
  return ctx.sentences[ctx.tokens[tokenIndex].sentence]
}

const WORDS = /[\p{L}\p{N}]+/gu

export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0
}

/** A quote that stands at the start of its sentence: nothing but space or a quote before it in the sentence. */
export function opensSentence(ctx: QuoteContext, m: QuoteMarkSpan): boolean {
  const before = ctx.tokenBefore(m.start)
  if (before < 0) return true
  const first = ctx.tokenFrom(m.start)
  if (first >= ctx.tokens.length) return false
  if (ctx.tokens[before].sentence !== ctx.tokens[first].sentence) return true
  const gap = ctx.text.slice(ctx.tokens[before].end, m.start)
  return /[.!?…](["”’]|'')?\s*$/.test(ctx.text.slice(Math.max(0, ctx.tokens[before].end - 1), m.start)) || gap.includes('\n')
}

