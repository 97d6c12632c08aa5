// The second noun of a compound inside a phrase after a preposition that compromise read as a verb: "Ms Reyes said
// by text message the roads were clear" tagged "message" a verb, and the phrase "by text message" swallowed the
// report; so did "documents" in "alleged in court documents that the case was …".
import type { Token } from './parse'
import { hasTag as has, tokenAt } from './token-at'

/**
 * Whether token i is such a noun: a bare or -s form read as a verb right after a common noun that follows a
 * preposition (a determiner or adjective may stand between), and before a determiner, "that", a preposition or the
 * sentence's end, the phrase going with a verb before it: "said by text message the …", "alleged in court documents
 * that …". Not "The rejection of the treaty signals the end" (a noun before the preposition), "In Ohio voters say
 * the race is close" (no preposition before the noun) nor "said in court documents show" (a verb follows).
 */
export function nounReadAsVerbAfterPreposition(tokens: Token[], i: number): boolean {
  const t = tokens[i], noun = tokenAt(tokens, i - 1), next = tokenAt(tokens, i + 1)
  if (!noun || noun.sentence !== t.sentence || noun.post !== '' || t.post !== '' && !/^[.!?]$/.test(t.post)) return false
  if (!has(t, 'Verb') || !(has(t, 'PresentTense') || has(t, 'Infinitive')) || has(t, 'Gerund') || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula')) return false
  if (!has(noun, 'Noun') || has(noun, 'Pronoun') || has(noun, 'ProperNoun') || has(noun, 'Verb') || has(noun, 'Plural') || !/^\p{Ll}+$/u.test(noun.text)) return false
  let k = i - 2
  while (k >= 0 && tokens[k].sentence === t.sentence && tokens[k].post === '' && (has(tokens[k], 'Determiner') || has(tokens[k], 'Adjective')) && !has(tokens[k], 'Verb')) k--
  const preposition = tokenAt(tokens, k)
  if (!preposition || preposition.sentence !== t.sentence || preposition.post !== '' || !has(preposition, 'Preposition')) return false
  // the phrase goes with a verb before it, as "said by", "alleged in" (not "The rejection of the treaty signals …",
  // "Supporters of Hale for president say …", where a noun before the preposition heads the verb's subject)
  const verb = tokenAt(tokens, k - 1)
  if (!verb || verb.sentence !== t.sentence || !has(verb, 'Verb') || has(verb, 'Noun') || has(verb, 'Auxiliary') || has(verb, 'Copula')) return false
  // (not a passive's agent: "A report published by the ministry shows that …", "a study carried out by the institute
  // finds …" have the report's own verb after the agent)
  const phrasal = has(verb, 'Particle') && has(tokenAt(tokens, k - 2), 'PastTense')
  if (preposition.normal === 'by' && (has(verb, 'Passive') || phrasal)) return false
  if (!next || next.sentence !== t.sentence) return true
  return has(next, 'Determiner') || next.normal === 'that' || has(next, 'Preposition')
}

/** Verbs that name what their object is, with the name after it: "called climate change a hoax". */
const NAMING_VERBS = /^(call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|dub|dubs|dubbed|brand|brands|branded|term|terms|termed|deem|deems|deemed)$/

/**
 * Whether token i is the second noun of a compound object of a verb of naming that compromise read as a verb: a bare
 * form right after a common noun that follows the verb, before "a" or "an" and the name: "called climate change a
 * hoax", "labeled gun control a failure". Not "called the council to order", "has called staff back" (no article
 * after), nor "called Tom Hale a liar" (a name, not a compound).
 */
export function nounReadAsVerbAfterNaming(tokens: Token[], i: number): boolean {
  const t = tokens[i], noun = tokenAt(tokens, i - 1), verb = tokenAt(tokens, i - 2), next = tokenAt(tokens, i + 1)
  if (!noun || !verb || !next || verb.sentence !== t.sentence || next.sentence !== t.sentence || verb.post !== '' || noun.post !== '' || t.post !== '') return false
  if (!has(t, 'Verb') || !(has(t, 'PresentTense') || has(t, 'Infinitive')) || /s$/.test(t.normal) || has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula')) return false
  if (!has(noun, 'Noun') || has(noun, 'Pronoun') || has(noun, 'ProperNoun') || has(noun, 'Plural') || !/^\p{Ll}+$/u.test(noun.text)) return false
  return NAMING_VERBS.test(verb.normal) && /^(a|an)$/.test(next.normal)
}
