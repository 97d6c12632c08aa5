// Dates written in figures: "since 9/11", "the 7/7 bombings", "on 11/3", "on 04/01/2019". Month first unless the
// first number cannot be a month or the article writes its dates day first ("4 January"): a British story's
// "3/11" is 3 November. A short date takes the year the story gives it (dates.ts); "24/7", "50/50", "1/2 of" and
// "9/10 doctors" are not dates.
import type { ParsedArticle } from '../../nlp/parse'
import type { DateCandidate } from './meaning'
import type { SentenceText } from './sentence-text'
import { MONTH_ANY } from './vocabulary'
import { allMatches, gated } from '../all-matches'

// "on 11/3", "since 9/11", "the 7/7 bombings", "04/01/2019", "4.1.2019" is left alone (a version, a score)
const NUMERIC = gated(/(?<![\d/.,:-])(?<a>\d{1,2})\/(?<b>\d{1,2})(?:\/(?<y>\d{4}|\d{2}))?(?![\d/]|\.\d|:\d)/g, /\d\/\d/)
/** words that make a short one a date: a preposition of time before it, or an event after it */
const CUE_BEFORE = /\b(?:on|since|after|before|until|till|by|from|of|the|post|pre)[\s-]$/i
const EVENT_AFTER = /^[\s-](?:attacks?|bombings?|terror\w*|anniversary|memorial|commission|election|vote|polls?|tragedy|victims?|era|generation|truthers?)\b/i
/** "24/7" is a way of saying always; "of the 9/10" is a share */
const IDIOM = /^24\/7$/

const order = new WeakMap<ParsedArticle, 'day-first' | 'month-first'>()

/** How the article writes its dates: "4 January" (day first) or "January 4" (month first, the default). */
function orderOf(article: ParsedArticle): 'day-first' | 'month-first' {
  let known = order.get(article)
  if (!known) {
    const dayFirst = (article.text.match(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH_ANY}`, 'g')) ?? []).length
    const monthFirst = (article.text.match(new RegExp(`\\b${MONTH_ANY}\\s\\d{1,2}\\b`, 'g')) ?? []).length
    known = dayFirst > monthFirst ? 'day-first' : 'month-first'
    order.set(article, known)
  }
  return known
}

export function findNumericDates(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(NUMERIC, s.text)) {
    const g = m.groups!
    if (IDIOM.test(m[0])) continue
    const before = s.text.slice(Math.max(0, m.index - 6), m.index)
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 16)
    if (!g.y && !(CUE_BEFORE.test(before) && !/^\s(?:of|in)\b/i.test(after)) && !EVENT_AFTER.test(after)) continue
    const a = Number(g.a)
    const b = Number(g.b)
    const dayFirst = a > 12 || (b <= 12 && orderOf(s.article) === 'day-first')
    const [month, day] = dayFirst ? [b, a] : [a, b]
    if (month < 1 || month > 12 || day < 1 || day > 31) continue
    const year = g.y ? (g.y.length === 2 ? (Number(g.y) < 50 ? 2000 : 1900) + Number(g.y) : Number(g.y)) : null
    found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'date', meaning: { type: 'day', year, month, day, ...(year === null ? { storyYear: true } : {}) } })
  }
  return found
}
