// A part of the day after a day is a word of the date: compromise tags "Friday" a date and leaves "afternoon" in
// "said Friday afternoon" a plain noun, so the reported clause began at "afternoon" ("Mr Hale said Tuesday night he
// would run" gave "night he would run"), and "…, top lawmakers said Friday afternoon." made "Friday afternoon" the
// speaker. After a day ("Friday", "yesterday") or "last"/"this" with no stop or comma between, it is a date too.
import type { Token } from './parse'
import { hasTag as has, tokenAt } from './token-at'

const PARTS_OF_DAY = /^(morning|afternoon|evening|night)$/
const DAY_WORDS = /^(yesterday|today|tomorrow|last|this)$/

/** Whether token i is a part of the day right after a day: "afternoon" in "Friday afternoon", "night" in "last night". */
export function partOfDayAfterDay(tokens: Token[], i: number): boolean {
  const t = tokens[i], before = tokenAt(tokens, i - 1)
  if (!PARTS_OF_DAY.test(t.normal) || has(t, 'Date') || !before || before.sentence !== t.sentence || before.post.trim() !== '') return false
  return (has(before, 'WeekDay') || DAY_WORDS.test(before.normal)) && !has(before, 'Possessive')
}
