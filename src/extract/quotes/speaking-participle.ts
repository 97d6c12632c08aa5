// A participle of speaking between a subject and its verb, with no commas around it: "Mayor Jane Hale speaking to
// reporters called the plan “a disaster”", "Jane Hale speaking on the radio said …". Read as the phrase before the
// verb, the subject was "Mayor Jane Hale speaking to reporters" (a description whose last word is "reporters") or
// "the radio"; the subject is the name before the participle.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, namesPerson, phraseEndingAt, tagged, type TokenRange } from '../phrases'
import { PERSON_ROLES } from '../lexicon/roles'

const SPEAKING = new Set(['speaking', 'talking', 'writing', 'appearing', 'testifying', 'addressing'])

/**
 * Whether a phrase names one person: a person or an honorific the tagger knows, a proper noun past the sentence's
 * first word ("Greek prime minister Nikos Kalas"), a role of one. A group keeps the participle that says which of them spoke:
 * "Officials speaking in Geneva said" (the officials in Geneva).
 */
function named(tokens: Token[], r: TokenRange): boolean {
  // ("another intelligence source speaking to reporters said": one person by a role)
  const head = tokens[r.to - 1]
  if (namesPerson(tokens, r) || ((tagged(head, 'Actor') || PERSON_ROLES.has(head.normal)) && !tagged(head, 'Plural'))) return true
  for (let k = r.from; k < r.to; k++) {
    const t = tokens[k]
    if (tagged(t, 'ProperNoun') && !tagged(t, 'Plural') && tokenAt(tokens, k - 1)?.sentence === t.sentence) return true
  }
  return false
}

/**
 * The person before a participle of speaking inside or just before the subject phrase `np` (ending where the verb
 * begins), or null: when the participle is set off by a comma ("Jane Hale, speaking to reporters, said": found as an
 * aside already) or when no one person stands before it.
 */
export function subjectBeforeSpeaking(tokens: Token[], np: TokenRange, floor: number): TokenRange | null {
  const inside = (g: number) => g >= np.from
  for (let g = np.to - 1; g > floor && g >= np.from - 6; g--) {
    const t = tokens[g]
    if (!inside(g) && breaksAfter(t)) return null
    if (!SPEAKING.has(t.normal)) continue
    const before = tokenAt(tokens, g - 1)
    if (!before || breaksAfter(before) || before.sentence !== t.sentence) return null
    const subject = phraseEndingAt(tokens, g, floor)
    return subject && named(tokens, subject) ? subject : null
  }
  return null
}
