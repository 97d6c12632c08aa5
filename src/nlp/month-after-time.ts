// A month that is also a first name, right after a word of time, is the month: compromise reads "June" in "Last June
// Grewcock was banned" as a first name, and the speaker became "Last June Grewcock" ("…," said Grewcock). After
// "last", "next", "this", "early", "late", "mid", "since", "until", "in" with no comma between, the capitalised
// month is a date; not "told June Hale", "with April Reyes" (no word of time before), nor "since May's election".
import type { Token } from './parse'
import { capitalised, hasTag as has, tokenAt } from './token-at'

const NAMED_MONTHS = new Set(['april', 'may', 'june', 'july', 'august'])
const TIME_WORDS = new Set(['last', 'next', 'this', 'early', 'late', 'mid', 'since', 'until', 'in'])

/** Whether token i is a month read as a first name after a word of time: "June" in "Last June Grewcock". */
export function monthAfterTimeWord(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  if (!NAMED_MONTHS.has(t.normal) || !capitalised(t) || has(t, 'Month') || /['’]/.test(t.text)) return false
  return !!before && before.sentence === t.sentence && before.post === '' && TIME_WORDS.has(before.normal)
}
