// Units a bare number takes from the words around it, where a reader supplies them without thinking:
// "a 947 million pounds turnover for a 107 million loss" (the loss is in pounds too), "an earthquake of magnitude
// 6.3", "the rupee fell to 74 to the dollar" (74 rupees), "a record Australian dollar 31.2bn". A figure with a unit of
// its own is left alone; ages ("at the age of 95") are the dates extractor's.
import type { Figure } from '../../model'
import { COUNTRY, CURRENCY_WORD, wordCurrency } from './currencies'
import type { RawFigure } from './scan'
import { allMatches } from '../all-matches'

/** Money nouns: an amount with a scale before one of them is money ("a 947 million pounds turnover for a 107 million loss"). */
const MONEY_NOUN_AFTER = /^\s(?:loss|losses|profits?|turnover|revenues?|deficit|surplus|debts?|budget|fine|bill|investment|payout|bonus|fees?|costs?|bid|takeover|loans?|grants?|dividends?|valuation|bailout)\b/i
/** "magnitude 6.3", "a magnitude-7.1 quake"; "a 5.0 magnitude aftershock", "a 6.4-magnitude earthquake" */
const MAGNITUDE_BEFORE = /\bmagnitude[\s-](?:of\s)?$/i
// "over 300 magnitude 2+ tremors": the magnitude is the number after, 300 a count
const MAGNITUDE_AFTER = /^[\s-]magnitude\b(?![\s-]*\d)/i

/** "a record Australian dollar 31.2bn", "US dollars 5bn": the currency named right before an amount with a scale */
const CURRENCY_BEFORE = new RegExp(`(?:\\b(?<country>${COUNTRY})\\s)?\\b(?<word>${CURRENCY_WORD})\\s$`, 'i')
/** "74 to the dollar", "110 yen per dollar" is read by its unit; "1.35 against the euro": a rate against another currency */
const RATE_AFTER = /^\s(?:to|per|against)\s(?:the|one|a|each)\s(?:(?:US|U\.S\.|American)\s)?(?:dollar|euro|pound|greenback|yen|yuan|franc)\b/i
const ANY_CURRENCY = new RegExp(`(?:\\b(?<country>${COUNTRY})\\s)?\\b(?<word>${CURRENCY_WORD})\\b`, 'gi')

/** The currency a rate is told in: the last one the sentence names before it ("the rupee fell to 74 to the dollar"). */
function rateCurrency(sentence: string, start: number): string | null {
  let code: string | null = null
  for (const m of allMatches(ANY_CURRENCY, sentence.slice(0, start))) code = wordCurrency(m.groups!.word, m.groups!.country)
  return code
}

/**
 * An amount told against money in the same sentence is money too: "Acme Corp is to get 2bn euros immediately, with another
 * 650m to follow", "profits were 84m euros, up from 41m", "sales rose to $2bn from 1.8bn".
 */
const CONTINUES_MONEY = /\b(?:another|further|extra|additional|from|than|versus|vs\.?|against|compared\swith|compared\sto)\s(?:about\s|around\s|some\s|nearly\s|almost\s)?$/i

/** Does the amount at `start` continue a money figure of its sentence? (then "550m" is millions, not metres) */
export function continuesMoney(sentence: string, start: number, figures: Figure[], sentenceStart: number): string | null {
  return CONTINUES_MONEY.test(sentence.slice(Math.max(0, start - 24), start)) ? lastCurrency(figures, sentenceStart, sentence) : null
}

/**
 * The currency of the last money figure among `figures` from `sentenceStart` on, if any; conversions in brackets are
 * the writer's asides: "84m euros (£72m; $91m), up from 41m" is euros.
 */
export function lastCurrency(figures: Figure[], sentenceStart: number, sentence = ''): string | null {
  const inBrackets = (f: Figure) => /\([^)]*$/.test(sentence.slice(0, f.start - sentenceStart))
  let aside: string | null = null
  for (let i = figures.length - 1; i >= 0 && figures[i].start >= sentenceStart; i--) {
    if (figures[i].kind !== 'money') continue
    if (!inBrackets(figures[i])) return figures[i].unit
    aside ??= figures[i].unit
  }
  return aside
}

/**
 * The kind and unit a bare count takes from its context, or null. `sentence` is the sentence text and `raw` the
 * figure in it; `earlier` holds the figures found so far (the sentence's own come last), `sentenceStart` where the
 * sentence starts in the article.
 */
export function impliedUnit(sentence: string, raw: RawFigure, earlier: Figure[], sentenceStart: number): Pick<Figure, 'kind' | 'unit'> | null {
  if (raw.kind !== 'count' || raw.unit !== null || raw.first.currency) return null
  const before = sentence.slice(Math.max(0, raw.start - 24), raw.start)
  const after = sentence.slice(raw.end, raw.end + 16)
  const named = raw.first.hasScale && !raw.second ? CURRENCY_BEFORE.exec(before) : null
  if (named) {
    const code = wordCurrency(named.groups!.word, named.groups!.country)
    if (code) return { kind: 'money', unit: code }
  }
  if (RATE_AFTER.test(sentence.slice(raw.end, raw.end + 30))) {
    const code = rateCurrency(sentence, raw.start)
    if (code) return { kind: 'money', unit: code }
  }
  const continued = raw.first.hasScale ? continuesMoney(sentence, raw.start, earlier, sentenceStart) : null
  if (continued) return { kind: 'money', unit: continued }
  if (raw.first.hasScale && MONEY_NOUN_AFTER.test(after)) {
    const currency = lastCurrency(earlier, sentenceStart, sentence)
    return currency ? { kind: 'money', unit: currency } : null
  }
  if (raw.first.hasScale) return null
  if (MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(after)) return { kind: 'quantity', unit: 'magnitude' }
  return null
}
