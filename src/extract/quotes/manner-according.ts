// "according to" names a source ("Prices rose 5%, according to the data", "According to Ms Lee, …"), but it also
// says how a thing is done: "Seats are allocated according to the rules of the contest", "Things went according to
// plan, the coach said", "Fees are charged according to income". Read as a source, those made "the rules", "plan"
// and "income" speakers of the words before them.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { DOCUMENT_NOUNS, RECORD_NOUNS } from '../lexicon/roles'
import { breaksAfter, namesSomeone, tagged } from '../phrases'

/** Punctuation after a word that sets off what follows: a comma, a dash, a bracket, a colon. */
const SETS_OFF = /[,;:(—–]|\s-$/

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
/** What someone tells or a record shows, which the writing lists do not hold: "according to her account", "… to camera footage". */
const ACCOUNTS = new Set(['account', 'accounts', 'version', 'testimony', 'recollection', 'words', 'telling', 'calculations', 'sources', 'source',
  'footage', 'images', 'pictures', 'photos', 'recordings', 'recording', 'tape', 'tapes', 'logs', 'census', 'forecast', 'forecasts'])

/**
 * Whether "according to" at token i says how, not who: run on from the words before it (no comma, not the
 * clause's first words), and the words after it, up to the clause's next break, name no one and no writing
 * ("according to plan", "according to their last known voting intention"). Not "… rose 5% according to a count
 * by the Hadley Gazette" nor "… according to people close to him" nor "… according to him".
 */
export function mannerAccording(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  if (!before || before.sentence !== tokens[i].sentence || SETS_OFF.test(before.post)) return false
  let end = i + 2
  while (end < tokens.length && end < i + 16 && tokens[end].sentence === tokens[i].sentence) {
    const t = tokens[end++]
    // ("according to their voting intention" says how; "according to him", "according to his account" who)
    if ((tagged(t, 'Pronoun') && !POSSESSIVES.has(t.normal)) || RECORD_NOUNS.has(t.normal) || DOCUMENT_NOUNS.has(t.normal) || ACCOUNTS.has(t.normal)) return false
    if (breaksAfter(t)) break
  }
  return end > i + 2 && !namesSomeone(tokens, { from: i + 2, to: end })
}
