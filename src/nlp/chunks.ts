// Pieces of an article small enough for compromise.
//
// compromise's cost grows faster than the length of a sentence: a 96 KB text with no full stop took 38 s in
// one nlp() call. Long articles are therefore parsed in chunks of whole paragraphs, and a paragraph without
// sentence stops is cut at the last stop (or space) before a bounded length, so that the cost stays linear and
// memory stays flat. An ordinary article is one chunk: one nlp() call.
//
// compromise also slows down on text without letters at the start of a call: each line of it is joined to the
// next before the next is looked at ("–\n\n–\n\n–…"), so a chunk opening with 20 KB of rules, dashes and blank
// lines took a second. A chunk that has no letter yet is closed after BARE_CHARS.
import type { Paragraph } from './parse'

export interface Chunk {
  start: number
  end: number
}

/** Characters of whole paragraphs given to one nlp() call. */
export const CHUNK_CHARS = 20_000
/** The longest run of text given to compromise without a cut, when it has no sentence stop of its own. */
export const PIECE_CHARS = 3_000

/** Characters of paragraphs without a letter, digit or symbol that open one nlp() call, at most. */
export const BARE_CHARS = 1_000

/** What compromise counts as more than punctuation (its own test, in its sentence splitter). */
const HAS_WORD = /[\p{L}\p{N}\p{So}]/u

/** Cut one long paragraph at sentence stops, else at spaces, into pieces of at most PIECE_CHARS. */
export function cutParagraph(text: string, p: Paragraph): Chunk[] {
  const pieces: Chunk[] = []
  let start = p.start
  while (p.end - start > PIECE_CHARS) {
    const window = text.slice(start, start + PIECE_CHARS)
    let cut = -1
    for (let i = window.length - 1; i > PIECE_CHARS / 2; i--) {
      if (/[.!?]/.test(window[i]) && /\s/.test(window[i + 1] ?? '')) { cut = i + 1; break }
    }
    if (cut < 0) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'))
    if (cut <= 0) cut = PIECE_CHARS
    pieces.push({ start, end: start + cut })
    start += cut
    while (start < p.end && /\s/.test(text[start])) start++
  }
  if (p.end > start) pieces.push({ start, end: p.end })
  return pieces
}

/**
 * Whether a paragraph has a sentence stop at least every PIECE_CHARS characters: then compromise's sentences stay
 * short and one call is linear. A 10 KB run of names with no stop ("Rep Ana Park Rep Ana Park …") took 2.6 s whole,
 * a tenth of that cut into pieces.
 */
function stopsOften(text: string, p: Paragraph): boolean {
  let last = p.start
  const stop = /[.!?][\s"”’)]/g
  stop.lastIndex = p.start
  for (let m = stop.exec(text); m && m.index < p.end; m = stop.exec(text)) {
    if (m.index - last > PIECE_CHARS) return false
    last = m.index
  }
  return p.end - last <= PIECE_CHARS
}

/** The chunks to parse, in order, covering every paragraph. */
export function chunksOf(text: string, paragraphs: Paragraph[]): Chunk[] {
  const small = text.length <= CHUNK_CHARS && paragraphs.every((p) => p.end - p.start <= PIECE_CHARS || (p.end - p.start <= PIECE_CHARS * 4 && stopsOften(text, p)))
  if (small && (text.length <= BARE_CHARS || HAS_WORD.test(text.slice(0, BARE_CHARS)))) return [{ start: 0, end: text.length }]
  const chunks: Chunk[] = []
  let open: Chunk | null = null
  let openHasWord = false
  for (const p of paragraphs) {
    if (p.end - p.start > PIECE_CHARS) {
      if (open) chunks.push(open)
      open = null
      chunks.push(...cutParagraph(text, p))
      continue
    }
    if (open && (p.end - open.start > CHUNK_CHARS || (!openHasWord && p.end - open.start > BARE_CHARS))) {
      chunks.push(open)
      open = null
    }
    if (!open) openHasWord = false
    open = open ? { start: open.start, end: p.end } : { start: p.start, end: p.end }
    openHasWord ||= HAS_WORD.test(text.slice(p.start, p.end))
  }
  if (open) chunks.push(open)
  return chunks
}
