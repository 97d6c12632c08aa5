// A subject described by a clause with no "who" or "that" (a contact clause) before its verb:
//   "Several people I have spoken with said …"   → "Several people", not "I" nor "with"
//   "Two officials we talked to in Ohio said …"   → "Two officials"
//   "None of the scholars she interviewed this week thought …" → "None of the scholars"
// The clause is a pronoun, its verb (with "have", "was" before it) and what that verb takes; the subject is the
// phrase the pronoun's clause follows.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, isCapitalized, isNounish, phraseEndingAt, tagged, type TokenRange } from '../phrases'

const CLAUSE_PRONOUN = /^(i|we|you|he|she|they)(['’](ve|d))?$/
const AUXILIARIES = new Set(['have', 'has', 'had', 'was', 'were', 'am', 'is', 'are', 'been', 'be', 'would', 'will', 'could', 'can', 'did', 'do',
  'not', 'never', 'also', 'recently', 'later', 'since', 'just', 'once'])
/** Words that may open the subject's own clause: where a phrase before them would not be a verb's object. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'because', 'while', 'when', 'as', 'if', 'though', 'although', 'since', 'so', 'that', 'yet', 'whereas', 'still'])
/** Words that end the contact clause's reach: a clause of its own starts at them ("the people I asked whether …"). */
const CLAUSE_BREAKERS = new Set(['that', 'whether', 'if', 'who', 'which', 'what', 'how', 'why', 'and', 'but', 'or'])

/**
 * The subject whose contact clause ends at token j (the last word before the reporting verb), or null: the phrase
 * before the clause's pronoun, when that phrase opens its clause (at the sentence's start, after a comma or after
 * "because") — in "Ms Lee told reporters he regretted saying …" the phrase before "he" is a verb's object.
 */
export function contactSubject(tokens: Token[], j: number, floor: number): TokenRange | null {
  for (let p = j; p > floor && p > j - 12; p--) {
    const t = tokens[p]
    if (p < j && breaksAfter(t)) return null
    if (CLAUSE_BREAKERS.has(t.normal)) return null
    const outlet = namedContact(tokens, p, j, floor)
    if (outlet) return outlet
    if (!CLAUSE_PRONOUN.test(t.normal)) continue
    // the pronoun's own verb, after its auxiliaries, comes before the reporting verb
    let k = p + 1
    while (k <= j && AUXILIARIES.has(tokens[k].normal)) k++
    // ("the council he leads said": a word in -s right after "he" or "she" is its verb, whatever the tagger said)
    const third = k === p + 1 && /^(he|she)$/.test(t.normal) && /[^s]s$/.test(tokens[k]?.normal ?? '')
    if (k > j || !(third || (tagged(tokens[k], 'Verb') && !tagged(tokens[k], 'Noun')))) return null
    const before = tokens[p - 1]
    if (!isNounish(before) || tagged(before, 'Pronoun') || tagged(before, 'Possessive') || tagged(before, 'Date') || breaksAfter(before)) return null
    const np = phraseEndingAt(tokens, p, floor)
    if (!np) return null
    const opener = tokenAt(tokens, np.from - 1)
    const opens = np.from === floor || breaksAfter(opener) || CLAUSE_OPENERS.has(opener?.normal ?? '')
    return opens ? np : null
  }
  return null
}

/** Verbs of meeting people to ask them, after which a name's contact clause describes those people. */
const CONTACT_VERBS = new Set(['interviewed', 'surveyed', 'polled', 'contacted', 'questioned', 'spoke', 'talked', 'met', 'reached', 'asked'])

/**
 * The people before a contact clause whose subject is a name and whose verb is one of meeting or asking, when the
 * name (with or without "the") is token p: "Some of the protesters Wikinews interviewed said …", "Voters the Gazette
 * spoke to said …" → the protesters, the voters (not "the protesters Wikinews", nor the Gazette). Not "Ms Lee Reuters
 * …" (a name before the name) nor "the protesters Wikinews filmed" (filming asks nothing).
 */
function namedContact(tokens: Token[], p: number, j: number, floor: number): TokenRange | null {
  const t = tokens[p], verb = tokenAt(tokens, p + 1)
  if (!verb || p + 1 > j || !CONTACT_VERBS.has(verb.normal) || !isCapitalized(t) || !(tagged(t, 'ProperNoun') || tagged(t, 'Organization'))) return null
  // ("spoke to", "talked with": the particle, then nothing but the reporting verb)
  const after = verb.normal === 'spoke' || verb.normal === 'talked' ? p + 2 + (/^(to|with)$/.test(tokenAt(tokens, p + 2)?.normal ?? '') ? 1 : 0) : p + 2
  if (after !== j + 1) return null
  const start = tokenAt(tokens, p - 1)?.normal === 'the' ? p - 1 : p
  const before = tokenAt(tokens, start - 1)
  // (a capital past the sentence's first word is a name: "Ms Lee Reuters …")
  const opensSentence = tokenAt(tokens, start - 2)?.sentence !== before?.sentence
  if (!before || !isNounish(before) || (isCapitalized(before) && !opensSentence) || tagged(before, 'Pronoun') || breaksAfter(before)) return null
  return phraseEndingAt(tokens, start, floor)
}
