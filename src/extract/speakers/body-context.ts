// What the words beside a name say of a firm, for the votes of body-votes.ts: a trade before or after it ("the drinks
// firm Brindlecorp", "Brindlecorp, the German brewer,"), a holding in it ("shares in Brindlecorp"), or something only
// a body has ("Brindlecorp's shares", "Brindlecorp chief executive Ann Hale").
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { PERSON_ROLES } from '../lexicon/roles'
import { AMBIGUOUS_TRADES, BODY_BELONGINGS, BODY_ROLES_AFTER, HOLDINGS, tradeOf } from '../lexicon/body-kinds'
import { breaksAfter, isCapitalized, tagged, writtenPossessive } from '../phrases'
import { nameKey } from './entities'

/** A trade written next to a name, with the words that describe the firm: "Danish boat maker" → goods, [danish, boat, maker]. */
export interface Descriptor {
  trade: string
  words: string[]
}

/**
 * A trade or a firm's word right before the name, with the words before it that describe the firm: "drinks firm
 * Brindlecorp", "struggling Danish boat maker Hadley Motors" (back to a determiner, a verb or a comma).
 */
export function tradeBefore(tokens: Token[], from: number): Descriptor | undefined {
  const before = tokenAt(tokens, from - 1)
  if (!before || before.sentence !== tokens[from].sentence || isCapitalized(before) || breaksAfter(before) || writtenPossessive(before)) return undefined
  const trade = tradeOf(before.normal)
  if (!trade) return undefined
  const words = [before.normal]
  for (let k = from - 2; k >= 0 && k > from - 7; k--) {
    const t = tokens[k]
    if (t.sentence !== before.sentence || breaksAfter(t) || tagged(t, 'Determiner') || writtenPossessive(t)) break
    if (!(tagged(t, 'Adjective') || tagged(t, 'Noun') || tagged(t, 'Demonym')) || (tagged(t, 'Verb') && !tagged(t, 'Adjective'))) break
    words.unshift(nameKey(t.text))
  }
  return { trade, words }
}

/** "drinks firm Brindlecorp": a word that is no determiner before the trade word right before the name. */
export function modifiedTrade(tokens: Token[], from: number): boolean {
  const before = tokenAt(tokens, from - 2)
  // (capitalised only as the sentence's first word: "Paints group Ann Quillmore is …")
  const opens = !!before && tokenAt(tokens, from - 3)?.sentence !== before.sentence
  return !!before && !!tradeOf(tokens[from - 1].normal) && before.sentence === tokens[from].sentence && (!isCapitalized(before) || opens) &&
    !tagged(before, 'Determiner') && !breaksAfter(before) && (tagged(before, 'Noun') || tagged(before, 'Adjective'))
}

/** "Brindlecorp, the German brewer," and "Brindlecorp, Europe's biggest insurer,": a trade after a comma. */
export function tradeAfter(tokens: Token[], to: number): Descriptor | undefined {
  const last = tokens[to - 1]
  if (!/^,$/.test(last.post.trim())) return undefined
  const words: string[] = []
  for (let k = to; k < to + 6 && k < tokens.length && tokens[k].sentence === last.sentence; k++) {
    const t = tokens[k]
    const trade = tradeOf(t.normal)
    // ("Brindlecorp, the brewer's chief executive, …": a person of the firm's)
    if (trade && !isCapitalized(t) && !AMBIGUOUS_TRADES.has(t.normal) && !writtenPossessive(t)) {
      return /[,.;]|^$/.test(t.post) ? { trade, words: [...words, t.normal] } : undefined
    }
    if (tagged(t, 'Verb') && !tagged(t, 'Adjective') || PERSON_ROLES.has(t.normal) || breaksAfter(t)) return undefined
    if (!tagged(t, 'Determiner') && !writtenPossessive(t)) words.push(nameKey(t.text))
  }
  return undefined
}

/** "shares in Brindlecorp", "a 20% stake in Brindlecorp", "the takeover of Brindlecorp". */
export function heldIn(tokens: Token[], from: number): boolean {
  const prep = tokenAt(tokens, from - 1)
  const noun = tokenAt(tokens, from - 2)
  return !!prep && !!noun && /^(in|of)$/.test(prep.normal) && HOLDINGS.has(noun.normal) && noun.sentence === tokens[from].sentence
}

/** "Brindlecorp's shares", "Brindlecorp chief executive Ann Hale", "Brindlecorp chief economist", "Brindlecorp shareholders". */
export function belongings(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]
  const next = tokenAt(tokens, to)
  if (!next || next.sentence !== last.sentence || breaksAfter(last) || isCapitalized(next)) return false
  // ("Brindlecorp's new chief executive")
  const after = tagged(next, 'Adjective') && !BODY_BELONGINGS.has(next.normal) ? tokenAt(tokens, to + 1) : next
  if (!after || after.sentence !== last.sentence) return false
  if (writtenPossessive(last)) return BODY_BELONGINGS.has(after.normal)
  // ("Brindlecorp chief economist Ann Hale"; not "Hale chief of staff")
  const chiefOf = tokenAt(tokens, to + 1)
  return BODY_ROLES_AFTER.has(next.normal) && (next.normal !== 'chief' || (!!chiefOf && !isCapitalized(chiefOf) && tagged(chiefOf, 'Noun') && chiefOf.normal !== 'of'))
}
