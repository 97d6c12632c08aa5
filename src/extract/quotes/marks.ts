// Find the spans that quote marks enclose, paragraph by paragraph.
//
// Double marks (“ ” " « » „) are the quote level; single marks inside them are nested quotes and stay part
// of the outer quote ("“Security guarantees will probably be ‘unpacked’ by our partners …”"). Single marks
// count as the quote level only in a paragraph without double marks ("'They owned us'"), and then only at
// word edges, so that apostrophes ("Trump’s", "don’t", "Okafors’ clients") are never taken for quotes.
// A quote left open at the end of a paragraph ends there: it never swallows the rest of the article. When
// the next paragraph opens with a quote mark, that paragraph continues the same speaker's quote.
import type { Paragraph } from '../../nlp/parse'

export interface QuoteMarkSpan {
  /** From the opening mark to the closing mark, both included (or to the paragraph end when unclosed). */
  start: number
  end: number
  /** The words inside the marks. */
  innerStart: number
  innerEnd: number
  closed: boolean
  paragraph: number
  /**
   * True when this quote opens its paragraph and the previous paragraph's quote was left open, or when its straight
   * mark reopened right after a quote left open in the same paragraph (`… all. "But we go on,"`).
   */
  continuesPrevious: boolean
}

const OPEN_DOUBLE = new Set(['“', '«', '„'])
const CLOSE_DOUBLE = new Set(['”', '»'])
const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/]/
const WORD = /[\p{L}\p{N}]/u

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch)
}

/** A straight " opens when nothing word-like stands right before it: `said "We …` vs `… over."`. */
function straightOpens(text: string, i: number, from: number): boolean {
  return i === from || SPACE_OR_OPENER.test(text[i - 1]) || OPEN_DOUBLE.has(text[i - 1])
}

/**
 * A straight " met while a quote is open opens a new one, leaving the first unclosed, when it stands where only an
 * opening mark can: after a sentence's end and a space, right before a word. Copy that runs a quote's paragraphs
 * together keeps the opening mark of each and no closing one: `"It was a shock to us all. "But we go on," she said.`
 * A closing mark never has a space before it and a word after it (`… over." Then`, `… over. " he said`).
 */
function reopens(text: string, i: number, from: number): boolean {
  if (i - 2 < from || !/\s/.test(text[i - 1]) || !isWordChar(text[i + 1])) return false
  // (the stop may close a quote inside the quote first: `… say 'wow, that's new.' "My own view is …`)
  const stop = /['’]/.test(text[i - 2]) ? i - 3 : i - 2
  return stop >= from && /[.!?…]/.test(text[stop])
}

interface Mark { index: number; length: number; opens: boolean }

/** Invisible marks of text direction (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). */
const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * Whether a character may be a mark doubleMarks reads: " ' ` « » and ‘ ’ ‚ ‛ “ ” „ (U+2018–U+201E). Every other
 * character leaves it as it was, and is passed over by its code without being read as a string (a string for each
 * character of a paragraph was most of the time doubleMarks took).
 */
const mayBeMark = (code: number) => code === 0x22 || code === 0x27 || code === 0x60 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e)

function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = []
  let open = false
  for (let i = from; i < to; i++) {
    if (!mayBeMark(text.charCodeAt(i))) continue
    const ch = text[i]
    // typewriter doubles: ‘‘ … ’’ stand for “ … ”
    if ((ch === '‘' || ch === '’') && text[i + 1] === ch) {
      const opens: boolean = ch === '‘' && !open
      if (opens || (ch === '’' && open)) {
        marks.push({ index: i, length: 2, opens })
        open = opens
        i++
        continue
      }
    }
    // two straight apostrophes stand for a straight double mark in wire and archive copy:
    // "''We may at last be seeing some rent relief,'' the economist wrote."; `` … '' the same
    if ((ch === "'" || ch === '`') && text[i + 1] === ch) {
      const opens: boolean = !open && (ch === '`' || straightOpens(text, i, from))
      if (opens || (ch === "'" && open)) {
        marks.push({ index: i, length: 2, opens })
        open = opens
        i++
        continue
      }
    }
    if (OPEN_DOUBLE.has(ch)) {
      marks.push({ index: i, length: 1, opens: true })
      open = true
    } else if (CLOSE_DOUBLE.has(ch)) {
      // a closing mark typed as the opening one: "”Fear. I am afraid.” ― Ana Ruiz" (nothing open, a word after it),
      // also after an invisible mark of text direction pasted with it
      const opens: boolean = !open && ch === '”' && (straightOpens(text, i, from) || DIRECTION_MARKS.test(text[i - 1])) && isWordChar(text[i + 1])
      marks.push({ index: i, length: 1, opens })
      open = opens
    } else if (ch === '"') {
      const opens: boolean = open ? reopens(text, i, from) : straightOpens(text, i, from)
      marks.push({ index: i, length: 1, opens })
      open = opens
    }
  }
  return marks
}

/**
 * An apostrophe that stands for letters left out, not an opening mark: a decade or a year ("growing up in the '80s",
 * "the '08 election") and the common clipped words ("rock 'n' roll", "'til dawn", "'cause", "get 'em").
 */
const ELIDED = /^(\d\d(?!\d)|(em|til|cause|tis|twas)\b|n['’])/i
const elision = (text: string, after: number) => ELIDED.test(text.slice(after, after + 6))

function singleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = []
  let open = false
  for (let i = from; i < to; i++) {
    const ch = text[i]
    if (ch !== '‘' && ch !== '’' && ch !== "'") continue
    const before = text[i - 1]
    const after = text[i + 1]
    const atWordStart = (i === from || !isWordChar(before)) && isWordChar(after)
    const atWordEnd = isWordChar(before) || /[.,!?…]/.test(before ?? '')
    if (!open && ch !== '’' && atWordStart && !elision(text, i + 1)) {
      marks.push({ index: i, length: 1, opens: true })
      open = true
    } else if (open && atWordEnd && !isWordChar(after)) {
      marks.push({ index: i, length: 1, opens: false })
      open = false
    }
  }
  return marks
}

function spansOf(text: string, marks: Mark[], paragraph: Paragraph, index: number): QuoteMarkSpan[] {
  const spans: QuoteMarkSpan[] = []
  let openAt: Mark | null = null
  let continuesPrevious = false
  const close = (end: number, innerEnd: number, closed: boolean) => {
    if (!openAt) return
    const innerStart = openAt.index + openAt.length
    if (innerEnd > innerStart) {
      spans.push({ start: openAt.index, end, innerStart, innerEnd, closed, paragraph: index, continuesPrevious })
    }
    openAt = null
  }
  for (const mark of marks) {
    if (mark.opens) {
      // a new opening mark while one is open: the writer forgot to close the first
      // (a straight mark reopening after a sentence's end goes on with the same speaker's words; see reopens)
      const reopened = openAt !== null && text[mark.index] === '"'
      if (openAt) close(trimEnd(text, mark.index), trimEnd(text, mark.index), false)
      openAt = mark
      continuesPrevious = reopened
    } else if (openAt) {
      close(mark.index + mark.length, mark.index, true)
    }
  }
  close(paragraph.end, paragraph.end, false)
  return spans
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--
  return end
}

export function findQuoteMarks(text: string, paragraphs: Paragraph[]): QuoteMarkSpan[] {
  const all: QuoteMarkSpan[] = []
  let previousOpen = false
  paragraphs.forEach((p, index) => {
    let marks = doubleMarks(text, p.start, p.end)
    if (marks.length === 0) marks = singleMarks(text, p.start, p.end)
    const spans = spansOf(text, marks, p, index)
    if (spans.length && previousOpen && spans[0].start === p.start) spans[0].continuesPrevious = true
    previousOpen = spans.length > 0 && !spans[spans.length - 1].closed
    all.push(...spans)
  })
  return all
}
