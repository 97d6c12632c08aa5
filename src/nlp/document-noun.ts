// A document's name that compromise read as a verb or an adjective right before the verb that reports what it says:
// "… as polls show Ms Lee ahead" tagged "polls" a verb, "the editorial said" made "editorial" an adjective, and the
// report lost its subject. Before a verb of saying or finding, such a word is the noun that does the saying.
import type { Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'

/** Documents that report, in the forms a tagger may read otherwise: "polls", "report", "editorial", "memo". */
const DOCUMENTS = new Set(['poll', 'polls', 'report', 'reports', 'survey', 'surveys', 'study', 'studies', 'memo', 'memos', 'review', 'reviews',
  'audit', 'audits', 'editorial', 'editorials', 'filing', 'filings', 'statement', 'statements', 'analysis', 'analyses', 'estimate', 'estimates',
  'ruling', 'rulings', 'census', 'tally', 'count', 'forecast', 'forecasts', 'projection', 'projections', 'research'])

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

/** A document's number as its word shows it: "polls", "findings" plural; "analysis", "census", "data" singular. */
export const documentNumber = (t: Token) => /s$/.test(t.normal) && !/(sis|sus)$/.test(t.normal) ? 'Plural' : 'Singular'

/** The tense of a reporting verb's form: "said", "found", "showed" are past; "says", "show" present. */
export const reportingTense = (t: Token) => /(ed|said|found|shown)$/.test(t.normal) ? 'PastTense' : 'PresentTense'

/** Records that name their source after them: "Findings from the charity", "Research by the institute". */
const SOURCED_RECORDS = new Set([...DOCUMENTS, 'findings', 'figures', 'data', 'research', 'results', 'evidence', 'statistics', 'numbers'])

/** Words of a source's name between the record and its verb: "the Office for National Statistics", "the city's". */
const inSourceName = (t: Token) => has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Noun') || has(t, 'Possessive') || has(t, 'Value')

/** Whether the words before a record in its sentence are only its determiners and adjectives: "The latest figures". */
function opensSentence(tokens: Token[], i: number): boolean {
  for (let k = i - 1, hops = 0; ; k--, hops++) {
    const t = tokenAt(tokens, k)
    if (!t || t.sentence !== tokens[i].sentence) return true
    if (hops >= 3 || t.post !== '' || !(has(t, 'Determiner') || has(t, 'Adjective'))) return false
  }
}

/**
 * A record named with its source at the start of a sentence, then the verb that reports what it found, one of them
 * misread: "Findings from the charity show that …" tagged "show" a noun (as in "a charity show"), "Research by the
 * institute shows that …" tagged "Research" a verb (an order). The record's index and its verb's, or null. Only
 * before "that", where a clause follows: not "Figures from the charity show dates", nor "Tickets for the show".
 */
export function recordWithSource(tokens: Token[], i: number): { record: number; verb: number } | null {
  const t = tokens[i]
  // ("Figures published by the ministry show that …", "A study carried out by the institute shows that …": the
  // participle of its making and its particle before the source)
  const source = i + 1 + madeBy(tokens, i + 1)
  const by = tokenAt(tokens, source)
  if (!SOURCED_RECORDS.has(t.normal) || t.post !== '' || !by || by.post !== '' || by.sentence !== t.sentence || !/^(from|by|of)$/.test(by.normal)) return null
  if (source > i + 1 && by.normal !== 'by') return null
  if (!opensSentence(tokens, i)) return null
  for (let k = source + 1; k < source + 8; k++) {
    const w = tokenAt(tokens, k), next = tokenAt(tokens, k + 1)
    if (!w || !next || w.sentence !== t.sentence) return null
    if (k > source + 1 && REPORTING_FORMS.test(w.normal) && next.normal === 'that' && next.sentence === t.sentence) {
      return has(t, 'Verb') || !has(w, 'Verb') ? { record: i, verb: k } : null
    }
    // "the Office for National Statistics": a small word between capitalised ones is the name's
    const inName = /^(for|of|and)$/.test(w.normal) && capitalised(tokens[k - 1]) && capitalised(next)
    // ("… by the Treasury on Monday shows that …": the day it came out)
    const day = /^(on|in|last|this)$/.test(w.normal) && has(next, 'Date')
    if (w.post !== '' || !(inName || day || inSourceName(w))) return null
  }
  return null
}

/** Participles of making a record, with the particle some take: "published", "carried out", "drawn up". */
const MAKING = new Set(['published', 'released', 'compiled', 'produced', 'conducted', 'carried', 'commissioned', 'funded', 'prepared',
  'drawn', 'written', 'issued', 'undertaken', 'sponsored'])

/** How many words of a participle of making (and its particle) stand at k, written with no stop: 0, 1 or 2. */
function madeBy(tokens: Token[], k: number): number {
  const t = tokenAt(tokens, k)
  if (!t || t.post !== '' || !MAKING.has(t.normal)) return 0
  const particle = tokenAt(tokens, k + 1)
  return particle && particle.post === '' && /^(out|up)$/.test(particle.normal) ? 2 : 1
}
