// Word wrapping and shortening for table cells, on plain text (colour is added per line afterwards,
// so escape codes never count towards a width or get cut in half).
import { charWidth, displayWidth } from './display-width'

const ELLIPSIS = '…'

/** Runs of whitespace, newlines included, become one space: a cell is one flowing paragraph. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Greedy word wrap to `width` columns. A word wider than the column (a URL) is cut across lines.
 * Always returns at least one line.
 */
export function wrapText(text: string, width: number): string[] {
  const words = collapseWhitespace(text).split(' ').filter((word) => word !== '')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (displayWidth(candidate) <= width) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    line = ''
    for (const piece of cutToWidth(word, width)) {
      if (line !== '') lines.push(line)
      line = piece
    }
  }
  lines.push(line)
  return lines
}

/**
 * Joins short phrases with a separator, breaking lines only between them:
 * ["Published 2025-08-19", "1,303 words", "30 quotes"] at 35 columns →
 * ["Published 2025-08-19 · 1,303 words", "30 quotes"].
 */
export function wrapPhrases(phrases: string[], separator: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const phrase of phrases) {
    const candidate = line === '' ? phrase : line + separator + phrase
    if (displayWidth(candidate) <= width) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    const pieces = wrapText(phrase, width)
    lines.push(...pieces.slice(0, -1))
    line = pieces[pieces.length - 1]
  }
  lines.push(line)
  return lines
}

/** Cuts one long word into pieces of at most `width` columns. */
function cutToWidth(word: string, width: number): string[] {
  const pieces: string[] = []
  let piece = ''
  let pieceWidth = 0
  for (const char of word) {
    const w = charWidth(char)
    if (pieceWidth + w > width && piece !== '') {
      pieces.push(piece)
      piece = ''
      pieceWidth = 0
    }
    piece += char
    pieceWidth += w
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/**
 * Keeps the first `maxLines` lines, ending the last with "…" when something was left out:
 * ["At the conclusion of the meetings,", "I called President Putin, and", …] → […, "began the arrangements…"].
 */
export function limitLines(lines: string[], maxLines: number, width: number): string[] {
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1], width)
  return kept
}

/**
 * limitLines(wrapText(text, width), maxLines, width), wrapping only as much of the text as the kept lines need:
 * a timeline row holds the sentence of its date, and wrapping a 5,000-character sentence whole, once for each
 * of its 200 dates, to keep four lines of it, took seconds. Greedy wrapping fixes a line once the next word is
 * known, so the first lines of a long enough prefix are the first lines of the whole.
 */
export function wrapShortened(text: string, width: number, maxLines: number): string[] {
  for (let take = (maxLines + 2) * (width + 1) * 2; take < text.length; take *= 2) {
    const lines = wrapText(text.slice(0, take), width)
    if (lines.length >= maxLines + 2) return limitLines(lines, maxLines, width)
  }
  return limitLines(wrapText(text, width), maxLines, width)
}

/**
 * Appends "…", dropping whole words from the end until it fits in `width` columns
 * ("three four" in 10 columns → "three…"); a single word too long is cut.
 */
export function withEllipsis(line: string, width: number): string {
  let kept = line.trimEnd()
  while (kept.includes(' ') && displayWidth(kept + ELLIPSIS) > width) kept = kept.slice(0, kept.lastIndexOf(' ')).trimEnd()
  let chars = Array.from(kept)
  while (chars.length > 0 && displayWidth(chars.join('') + ELLIPSIS) > width) chars = chars.slice(0, -1)
  return chars.join('') + ELLIPSIS
}
