// A month that is also a first name, right after a word of time, is the month: compromise reads "June" in "Last June
// Hale was banned" as a first name, and the speaker became "Last June Hale" ("…," said Hale). After "last", "next",
// "this", "early", "mid" with no comma between, the capitalised month is a date; after "late" only when no article or
// possessive stands before it ("the late June Okafor" was a person who died), and after "since", "until", "in" only
// when they open the sentence or no capital follows the month ("Since April Okafor has said", "in May 2019"; not
// "confidence in May Reyes"). Not "told June Hale", "with April Reyes" (no word of time before), nor "since May's
// election".
import type { Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'

const NAMED_MONTHS = new Set(['april', 'may', 'june', 'july', 'august'])
const TIME_WORDS = new Set(['last', 'next', 'this', 'early', 'late', 'mid', 'since', 'until', 'in'])
/** Words of time that are also other words: "late" (dead), and prepositions that come before names too. */
const AMBIGUOUS = new Set(['late', 'since', 'until', 'in'])

/** Whether token i is a month read as a first name after a word of time: "June" in "Last June Hale". */
export function monthAfterTimeWord(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  if (!NAMED_MONTHS.has(t.normal) || !capitalised(t) || has(t, 'Month') || /['’]/.test(t.text)) return false
  if (!before || before.sentence !== t.sentence || before.post !== '' || !TIME_WORDS.has(before.normal)) return false
  if (!AMBIGUOUS.has(before.normal)) return true
  if (before.normal === 'late') {
    const owner = tokenAt(tokens, i - 2)
    return !owner || owner.sentence !== t.sentence || !(has(owner, 'Determiner') || has(owner, 'Possessive'))
  }
  // (opening the sentence, the preposition starts a phrase of time: "Since April Okafor has said …")
  if (tokenAt(tokens, i - 2)?.sentence !== t.sentence) return true
  const after = tokenAt(tokens, i + 1)
  return !after || after.sentence !== t.sentence || t.post !== '' || !capitalised(after)
}
