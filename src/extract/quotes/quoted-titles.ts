// Quoted words that name a work or a programme rather than report anyone's words:
//
//   "Hemsley, the co-author of “Going Viral,” said …"         a title after a preposition
//   "Sam Lee, a contestant on the show, “The Apprentice,” said …"   a title set off by commas
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { tagged, writtenPossessive } from '../phrases'
import type { QuoteContext } from './context'
import type { QuoteMarkSpan } from './marks'

/** "“Hadley Morning Show”", "“The Acme Way”": capitalised words of a title or a name. */
export function titleCased(inner: string): boolean {
  const words = inner.match(/[\p{L}][\p{L}'’-]*/gu) ?? []
  const significant = words.filter((w) => !/^(of|the|a|an|and|for|in|on|to|at|with|by|or|from|into|as|but|nor)$/.test(w))
  return words.length >= 2 && significant.length > 0 && significant.every((w) => /^\p{Lu}/u.test(w))
}

const NICKNAMING = new Set(['called', 'nicknamed', 'dubbed', 'named'])

/** A word after which quoted words in title case are a title: a preposition, a possessive, a comma. */
function leadsToTitle(t: Token | undefined, gap: string): boolean {
  if (!t) return false
  if (/,\s*$/.test(gap)) return true
  return /^\s*$/.test(gap) && (tagged(t, 'Preposition') || writtenPossessive(t))
}

/** Quoted words in title case right after a preposition or a possessive: "of “Going Viral,”", "NBC’s “Meet the Press”". */
export function titleAfterWord(ctx: QuoteContext, q: QuoteMarkSpan): boolean {
  const last = ctx.tokenBefore(q.start)
  if (last < 0) return false
  const gap = ctx.text.slice(ctx.tokens[last].end, q.start)
  return /^\s*$/.test(gap) && leadsToTitle(ctx.tokens[last], gap) && titleCased(ctx.text.slice(q.innerStart, q.innerEnd))
}

/**
 * The first token of a quoted title that closes at token k ("“Going Viral,”" in "the co-author of “Going Viral,”
 * about …"), or -1: quote marks open within a few words before, the words are in title case, and a preposition, a
 * possessive or a comma stands before them.
 */
export function quotedTitleEndingAt(tokens: Token[], k: number, floor: number): number {
  if (!/[”"»]|''/.test(tokens[k]?.post ?? '')) return -1
  for (let i = k; i >= floor && i > k - 8; i--) {
    if (i < k && /["”»“«]|''/.test(tokens[i].post)) return -1
    if (!/[“"«]|``/.test(tokens[i].pre)) continue
    const words = tokens.slice(i, k + 1).map((t) => t.text).join(' ')
    const before = tokenAt(tokens, i - 1)
    // "the hacker known as “Guccifer,”", "a rapper nicknamed “Blaze,”": a name given, one word or more
    const nickname = NICKNAMING.has(before?.normal ?? '') || (before?.normal === 'as' && tokenAt(tokens, i - 2)?.normal === 'known')
    if (i > floor && nickname && /^\p{Lu}/u.test(tokens[i].text)) return i
    return i > floor && titleCased(words) && leadsToTitle(before, before?.post ?? '') ? i : -1
  }
  return -1
}
