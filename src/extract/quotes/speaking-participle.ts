// A participle of speaking between a subject and its verb, with no commas around it: "Mayor Jane Hale speaking to
// reporters called the plan “a disaster”", "Jane Hale speaking on the radio said …". Read as the phrase before the
// verb, the subject was "Mayor Jane Hale speaking to reporters" (a description whose last word is "reporters") or
// "the radio"; the subject is the name before the participle.
import type { Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'
import { breaksAfter, namesSomeone, phraseEndingAt, type TokenRange } from '../phrases'

const SPEAKING = new Set(['speaking', 'talking', 'writing', 'appearing', 'testifying', 'addressing'])

/**
 * The person before a participle of speaking inside or just before the subject phrase `np` (ending where the verb
 * begins), or null: when the participle is set off by a comma ("Jane Hale, speaking to reporters, said": found as an
 * aside already) or when no one who speaks stands before it ("Officials speaking on the radio said" is the officials;
 * "The report speaking of delays said" stays as it was).
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
    return subject && namesSomeone(tokens, subject) ? subject : null
  }
  return null
}
