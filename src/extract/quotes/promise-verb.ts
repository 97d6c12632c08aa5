// A word of promising or claiming that the tagger read as a noun, used as the verb before "to" and what was promised:
//
//   Local Democrats vow to expand the clean-up fund.            plural subject, bare verb
//   He rails against the developers and pledges to stand firm.  second verb after "and", the first in the present
//
// never the noun itself: "their pledge to cut taxes", "a vow to return", "campaign promises to cut taxes", "he
// heard threats and promises to close the plant" (a noun of saying and what it asks for is noun-reports.ts's).
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { cueLemma } from '../lexicon/cue-verbs'
import { breaksAfter, isCapitalized, tagged } from '../phrases'

const PROMISING = new Set(['promise', 'pledge', 'vow', 'claim'])
/** Pronouns that stand as a plural or first-person subject before the bare verb: "they vow to …", "we pledge to …". */
const BARE_SUBJECTS = /^(i|we|you|they)$/

/** Whether "to" and a verb follow token i: "vow | to expand". */
function toAndVerb(tokens: Token[], i: number): boolean {
  const to = tokenAt(tokens, i + 1), verb = tokenAt(tokens, i + 2)
  return !breaksAfter(tokens[i]) && to?.normal === 'to' && !breaksAfter(to) && !!verb && verb.sentence === tokens[i].sentence &&
    (tagged(verb, 'Infinitive') || (tagged(verb, 'Verb') && !tagged(verb, 'Gerund') && !tagged(verb, 'PastTense')))
}

/** Whether the word before token i is its subject: a plural noun or name, or a plural pronoun ("Democrats vow", "they pledge"). */
function pluralSubjectBefore(tokens: Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)
  if (!before || before.sentence !== tokens[i].sentence || breaksAfter(before) || tagged(before, 'Possessive') || /['’]s?$/.test(before.normal)) return false
  if (BARE_SUBJECTS.test(before.normal)) return true
  // ("Democrats", "Republicans": a group's name in the plural, which the tagger leaves a proper noun)
  const pluralName = isCapitalized(before) && tagged(before, 'ProperNoun') && !tagged(before, 'Person') && /[^s]s$/.test(before.normal)
  return ((tagged(before, 'Plural') && tagged(before, 'Noun')) || pluralName) && !tagged(before, 'Pronoun')
}

/**
 * Whether a third-person verb in -s after "and" shares the subject of a verb in the present before it in the same
 * clause: "He rails against them and pledges to …" (not "heard threats and promises to …", a past verb and two nouns).
 */
function secondPresentVerb(tokens: Token[], i: number): boolean {
  const and = tokenAt(tokens, i - 1)
  if (!/s$/.test(tokens[i].normal) || !and || !/^(and|but)$/.test(and.normal) || and.sentence !== tokens[i].sentence) return false
  for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
    const t = tokens[k]
    if (t.sentence !== tokens[i].sentence || breaksAfter(t)) return false
    if (tagged(t, 'PresentTense') && tagged(t, 'Verb') && !tagged(t, 'Noun') && /s$/.test(t.normal)) {
      // the first verb's subject is a name or a pronoun right before it: "He rails", "Ms Lee rails"
      const subject = tokenAt(tokens, k - 1)
      return !!subject && subject.sentence === t.sentence && (tagged(subject, 'Pronoun') || tagged(subject, 'Person') || (tagged(subject, 'ProperNoun') && isCapitalized(subject)))
    }
  }
  return false
}

/** Whether a word of promising at token i, read as a noun, is the verb: "Local Democrats vow to expand …". */
export function promiseReadAsNoun(tokens: Token[], i: number): boolean {
  const lemma = cueLemma(tokens[i].normal)
  if (!lemma || !PROMISING.has(lemma) || !toAndVerb(tokens, i)) return false
  return (!/s$/.test(tokens[i].normal) && pluralSubjectBefore(tokens, i)) || secondPresentVerb(tokens, i)
}
