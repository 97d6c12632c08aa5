// Pieces and the outlets they appeared in: "A milder review in the Hadley Gazette said …" is the Gazette speaking,
// as a reader credits it; the review itself is no one.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { DOCUMENT_NOUNS } from '../lexicon/roles'
import { isCapitalized, tagged, type TokenRange } from '../phrases'
import { nameKey } from './entities'

/** Pieces an outlet publishes, which speak for it when the article names the outlet: "a review in the Gazette". */
const PUBLISHED_PIECES = new Set(['review', 'reviews', 'article', 'articles', 'piece', 'story', 'editorial', 'column', 'op-ed',
  'obituary', 'profile', 'essay', 'report', 'reports'])

/** What an outlet is, before its name: "in the journal Nature", "in the magazine Hadley Life". */
const OUTLET_KINDS = new Set(['journal', 'magazine', 'newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadsheet', 'website',
  'blog', 'newsletter'])

/** Whether a word heads a piece or a document: "review", "statement" (not "the Washington Post", a name). */
export function isPiece(t: Token): boolean {
  return !isCapitalized(t) && (DOCUMENT_NOUNS.has(nameKey(t.text)) || PUBLISHED_PIECES.has(nameKey(t.text)))
}

/**
 * Whether a phrase is a piece and where it appeared, "a review in the Gazette", with no author after it ("an
 * article in Hadley Life by Tom Hale" names its author).
 */
export function pieceIn(tokens: Token[], r: TokenRange): boolean {
  const at = tokens.slice(r.from, r.to).findIndex((t) => t.normal === 'in')
  if (at < 1 || byAuthor(tokens, r.from + at, r.to)) return false
  return isPiece(tokens[r.from + at - 1])
}

function byAuthor(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => /^(by|from)$/.test(t.normal))
}

/**
 * The outlet's name after "in" at `at`: "in the New York Times", "in the academic journal Hadley Letters"; never a
 * time or a place ("a report in March", "polls in New Hampshire": every word of it a place's), nor where a piece
 * with an author ran ("a statement in Parliament by Tom Hale").
 */
export function outletAfter(tokens: Token[], at: number, ceil: number): TokenRange | null {
  if (at >= ceil || tokens[at].normal !== 'in' || byAuthor(tokens, at, ceil)) return null
  let first = at + 1
  if (tokenAt(tokens, first)?.normal === 'the') first++
  let kind = first
  while (kind < ceil && kind - first < 3 && !isCapitalized(tokens[kind]) && !OUTLET_KINDS.has(tokens[kind].normal)) kind++
  if (OUTLET_KINDS.has(tokenAt(tokens, kind)?.normal ?? '') && isCapitalized(tokenAt(tokens, kind + 1))) first = kind + 1
  // ("a report in the China-published Economic Observer": a name joined to a lower-case word by a hyphen describes
  // the outlet; its name comes after)
  while (first + 2 < ceil && isCapitalized(tokens[first]) && tokens[first].post === '-' && !isCapitalized(tokens[first + 1]) && isCapitalized(tokens[first + 2])) first += 2
  let to = first
  while (to < ceil && (isCapitalized(tokens[to]) || (to > first && /^(of|and|on|&)$/.test(tokens[to].normal)))) to++
  while (to > first && !isCapitalized(tokens[to - 1])) to--
  if (to <= first) return null
  const place = tokens.slice(first, to).every((w) => tagged(w, 'Place') && !tagged(w, 'Organization'))
  return tagged(tokens[first], 'Date') || tagged(tokens[first], 'Value') || place ? null : { from: first, to }
}
