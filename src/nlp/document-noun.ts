// A document's name that compromise read as a verb or an adjective right before the verb that reports what it says:
// "… as polls show Ms Lee ahead" tagged "polls" a verb, "the editorial said" made "editorial" an adjective, and the
// report lost its subject. Before a verb of saying or finding, such a word is the noun that does the saying.
import type { Token } from './parse'
import { hasTag as has, tokenAt } from './token-at'

/** Documents that report, in the forms a tagger may read otherwise: "polls", "report", "editorial", "memo". */
const DOCUMENTS = new Set(['poll', 'polls', 'report', 'reports', 'survey', 'surveys', 'study', 'studies', 'memo', 'memos', 'review', 'reviews',
  'audit', 'audits', 'editorial', 'editorials', 'filing', 'filings', 'statement', 'statements', 'analysis', 'analyses', 'estimate', 'estimates',
  'ruling', 'rulings', 'census', 'tally', 'count', 'forecast', 'forecasts', 'projection', 'projections'])

/** Forms of the verbs a document reports with: "shows", "said", "found", "suggests" (not "reports": "review reports"). */
const REPORTING_FORMS = /^(says?|said|shows?|showed|shown|finds?|found|suggest(s|ed)?|conclude[sd]?|note[sd]?|state[sd]?|indicate[sd]?|estimate[sd]?|warn(s|ed)?|predict(s|ed)?|claim(s|ed)?|reveal(s|ed)?|argue[sd]?|concluded)$/

/**
 * Whether token i is such a document: read as a verb or a lone adjective, or with the verb of reporting right after
 * it read as a noun,
 * and not after a subject that would make it a verb ("they report shows" is no phrase; "to review says" neither).
 * Not "the teams that review reports of accounts" ("reports" reports nothing here).
 */
export function documentReadAsVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i], next = tokenAt(tokens, i + 1), before = tokenAt(tokens, i - 1)
  if (!DOCUMENTS.has(t.normal) || !next || next.sentence !== t.sentence || t.post !== '') return false
  if (!REPORTING_FORMS.test(next.normal)) return false
  // (the word itself, or the verb after it read as a noun: "where polls show Ms Lee ahead" has "show" a noun)
  if (!(has(t, 'Verb') || (has(t, 'Adjective') && !has(t, 'Noun')) || !has(next, 'Verb'))) return false
  if (before && before.sentence === t.sentence && before.post === '' &&
    (has(before, 'Pronoun') && !has(before, 'Possessive') || has(before, 'Modal') || before.normal === 'to' || has(before, 'Auxiliary'))) return false
  return true
}

/** The tense of a reporting verb's form: "said", "found", "showed" are past; "says", "show" present. */
export const reportingTense = (t: Token) => /(ed|said|found|shown)$/.test(t.normal) ? 'PastTense' : 'PresentTense'
