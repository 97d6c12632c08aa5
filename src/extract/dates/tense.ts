// Which way a bare "Monday" or "in February" points, from the verbs nearest to it in its sentence:
// "Mr Zelenskiy said on Monday" → past; "the two sides will meet on Friday" → future;
// "the summit is due to take place on Friday" → future; "they are meeting on Friday" → future.
// A plain present ("the date is unclear, either May 2 or May 3") says little: 'present', which the
// caller reads as "the nearest such day". No finite verb at all → null (the caller defaults to past).
import type { ParsedArticle, Token } from '../../nlp/parse'
import { tokenAt } from '../../nlp/parse'

export type Tense = 'past' | 'future' | 'present' | null

export interface VerbGroup {
  first: number
  last: number
  tense: Tense
  /** "to be held", "to take place" after a noun: points ahead, but only for a date right after it */
  arranged?: boolean
}

const FUTURE_WORDS = new Set(['will', 'shall', "won't", 'wont', "'ll", 'gonna'])
/** "would", "could": future seen from a past ("said talks would resume on Monday") or a past habit; the nearest day fits both */
const WEAK_MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'cannot', "can't", "wouldn't", "couldn't", "'d"])
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'has', 'have', "hasn't", "haven't", "'ve", "'d"])
const PRESENT_WORDS = new Set(['is', 'are', 'am', "isn't", "aren't", 'does', 'do', "doesn't", "don't", "'s", "'re", "'m"])
/** "is due to", "set to", "plans to", "scheduled for": an arrangement for days to come */
const PLAN_WORDS = new Set(['due', 'set', 'scheduled', 'slated', 'expected', 'plans', 'planned', 'planning', 'intends', 'aims', 'poised', 'going'])
/** present-tense reporting verbs say nothing about when the reported thing happened ("Reuters reports that on Monday…") */
const REPORTING = new Set(['says', 'say', 'tells', 'tell', 'claims', 'claim', 'reports', 'report', 'adds', 'insists', 'argues', 'writes', 'notes', 'warns', 'believes', 'thinks'])

/** verbs compromise sometimes tags as nouns after "due to" ("due to arrive on Friday") */
const SCHEDULED = new Set(['arrive', 'meet', 'take', 'begin', 'start', 'open', 'close', 'end', 'hold', 'sign', 'visit', 'vote', 'speak', 'return', 'leave', 'launch', 'announce', 'be', 'give', 'hear', 'face', 'appear', 'resume', 'travel', 'attend', 'make', 'go', 'come', 'report', 'publish', 'release', 'decide', 'rule', 'testify', 'address'])
const BE = new Set(['is', 'are', 'am', "'s", "'re", "'m"])
const SAME_IN_PAST = new Set(['hit', 'put', 'set', 'cut', 'let', 'cost', 'hurt', 'quit', 'shut', 'spread', 'beat', 'bid', 'cast', 'burst', 'split', 'upset', 'read', 'broadcast', 'forecast', 'struck'])

const norm = (t: Token) => t.normal.replace(/’/g, "'")
/** the contraction a pronoun token carries: "I'll" → "'ll", "they'd" → "'d" */
const contraction = (t: Token) => /('ll|'ve|'d|'s|'re|'m)$/.exec(norm(t))?.[1]

function isVerbish(t: Token): boolean {
  return t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula')
}
function isGlue(t: Token): boolean {
  return t.tags.has('Adverb') || t.tags.has('Negative') || norm(t) === 'not' || norm(t) === 'to'
}

/**
 * `after` holds the two words after the group: "due" + "to" + a verb is an arrangement ("due to take place"),
 * "due to" + a noun is a cause ("jailed due to abuse").
 */
function tenseOf(tokens: Token[], after: Token[]): Tense {
  const words = tokens.map((t) => contraction(t) && !t.tags.has('Verb') ? contraction(t)! : norm(t))
  if (words.some((w) => FUTURE_WORDS.has(w)) && !words.includes('have')) return 'future'
  if (words.some((w) => WEAK_MODALS.has(w))) return words.includes('have') ? 'past' : 'present'
  const all = [...tokens, ...after]
  for (let i = 0; i < all.length - 1; i++) {
    if (!PLAN_WORDS.has(norm(all[i]))) continue
    const next = norm(all[i + 1])
    const verbAfterTo = next === 'to' && all[i + 2] !== undefined && (all[i + 2].tags.has('Verb') || SCHEDULED.has(norm(all[i + 2])))
    // "was expected to pass late Wednesday night" looks ahead from a past: the nearest Wednesday
    if (verbAfterTo || next === 'for') return words.some((w) => PAST_WORDS.has(w)) ? 'present' : 'future'
  }
  // the first finite word carries the tense: "has agreed" and "did not confirm" are past, "is meeting" is present
  const finite = tokens.findIndex((t, i) => PAST_WORDS.has(words[i]) || PRESENT_WORDS.has(words[i]) || t.tags.has('PastTense') || t.tags.has('PresentTense'))
  if (finite < 0) return null
  const t = tokens[finite]
  const w = words[finite]
  if (PAST_WORDS.has(w) || (t.tags.has('PastTense') && !t.tags.has('Participle'))) return 'past'
  if (t.tags.has('Gerund') || (t.tags.has('Infinitive') && finite > 0 && words[finite - 1] === 'to')) return null
  if (PRESENT_WORDS.has(w) || t.tags.has('PresentTense')) {
    if (REPORTING.has(w)) return null
    // "she's gone", "it's been" read as perfect: past
    if (w === "'s" && tokenAt(tokens, finite + 1)?.tags.has('Participle')) return 'past'
    if (t.tags.has('Infinitive') && !t.tags.has('PresentTense')) return null
    // "is meeting", "are to meet": arranged; "transports", "is unclear": a plain present
    const next = words[finite + 1]
    if (BE.has(w) && (tokenAt(tokens, finite + 1)?.tags.has('Gerund') || next === 'to')) return 'future'
    // "hit", "put", "set": compromise often reads these past forms as present
    if (SAME_IN_PAST.has(w)) return null
    return 'present'
  }
  return t.tags.has('Participle') ? 'past' : null
}

/** Verb groups of one sentence: runs of verbs with the adverbs, "not" and "to" inside them. */
export function verbGroups(article: ParsedArticle, sentence: number): VerbGroup[] {
  const { firstToken, endToken } = article.sentences[sentence]
  const groups: VerbGroup[] = []
  let i = firstToken
  while (i < endToken) {
    const t = article.tokens[i]
    const pronounAux = t.tags.has('Pronoun') && contraction(t) !== undefined
    if (!isVerbish(t) && !pronounAux) { i++; continue }
    let last = i
    let j = i + 1
    while (j < endToken && (isVerbish(article.tokens[j]) || isGlue(article.tokens[j]))) {
      if (isVerbish(article.tokens[j])) last = j
      j++
    }
    // "to win", "amid alarm", "the talks": a verb form right after "to", a preposition or a determiner is no finite verb
    const before = i > firstToken ? tokenAt(article.tokens, i - 1) : undefined
    // "amid alarm", "his campaign", "a pre-election campaign": after a preposition, a possessive, an adjective or a
    // singular noun, a bare verb form is a noun the tagger took for a verb ("the talks resume" keeps its verb)
    // "an independent Hadley civil rights center, on Thursday": a plural noun, a bare verb form and a comma make a
    // compound noun in an aside ("the talks resume on Monday" keeps its verb)
    const nounBefore = before !== undefined && before.tags.has('Noun') && !before.tags.has('Pronoun') && t.tags.has('Infinitive')
      && (before.tags.has('Singular') || (before.tags.has('Plural') && i === last && /^,/.test(t.post)))
    const headless = before !== undefined && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !pronounAux
      && (norm(before) === 'to' || before.tags.has('Preposition') || before.tags.has('Determiner') || before.tags.has('Possessive') || before.tags.has('Adjective') || nounBefore)
    // "the Hadley mayoral election to be held on August 9", "talks to take place on Friday": a noun with an
    // arrangement of its own still to come, whatever the tense of the main verb (tenseNear reads it for the date after it)
    const beforeTo = i - 2 >= firstToken ? tokenAt(article.tokens, i - 2) : undefined
    const arranged = before !== undefined && norm(before) === 'to' && beforeTo !== undefined && beforeTo.tags.has('Noun')
      && !beforeTo.tags.has('Pronoun') && (norm(t) === 'be' || SCHEDULED.has(norm(t)))
    const tense = headless || arranged ? null : tenseOf(article.tokens.slice(i, last + 1), article.tokens.slice(last + 1, Math.min(endToken, last + 4)))
    groups.push(arranged ? { first: i, last, tense, arranged } : { first: i, last, tense })
    i = last + 1
  }
  return groups
}

/**
 * The tense of the verb group nearest to the tokens [first, last] of a date, among its sentence's `groups`.
 * Groups with no tense of their own (a bare "Writing on social media on Monday night, …") are skipped, and on a
 * tie the verb before the date wins ("said on Monday that … were").
 */
export function tenseNear(groups: VerbGroup[], first: number, last: number, crossesQuote?: (from: number, to: number) => boolean): Tense {
  // groups are in text order: the nearest ones with a tense are found by walking out from the date
  let lo = 0
  let hi = groups.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (groups[mid].last < first) lo = mid + 1
    else hi = mid
  }
  let left = lo - 1
  // "the election to be held on August 9": the arrangement decides for the date it governs
  if (left >= 0 && groups[left].arranged && first - groups[left].last <= 2) return 'future'
  while (left >= 0 && groups[left].tense === null) left--
  let right = lo
  while (right < groups.length && (groups[right].tense === null || (groups[right].first >= first && groups[right].last <= last))) right++
  // "“… is going to be busy in the next several weeks,” said Tom Okafor": the reporting verb outside the quote
  // says nothing about when the quoted things happen
  if (crossesQuote && left >= 0 && crossesQuote(groups[left].last, first)) left = -1
  if (crossesQuote && right < groups.length && crossesQuote(last, groups[right].first)) right = groups.length
  const leftDistance = left >= 0 ? first - groups[left].last : Infinity
  const rightGroup = groups[right]
  const rightDistance = rightGroup ? (rightGroup.first > last ? rightGroup.first - last + 0.5 : 0) : Infinity
  if (leftDistance === Infinity && rightDistance === Infinity) return null
  return leftDistance <= rightDistance ? groups[left].tense : rightGroup.tense
}
