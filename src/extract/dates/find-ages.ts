// Ages, which a reader takes as stretches of time lived (kind duration, no day of their own): "a 45-year-old",
// "the 12-year-old girl", "an 11-month old baby", "64 years old", "aged 41", "at the age of 95", a list after "aged"
// ("the victims were aged eight, eleven, 47, and 62"), and an age set off by commas after a person ("Tom Okafor, 42,
// a retired teacher", "Another cousin, 19, was still missing", "John Smith (42)"), and an obituary's "She was 26.".
import { NUMBER_WORD, numberValue } from '../figures/number-words'
import type { DateCandidate } from './meaning'
import type { Token } from '../../nlp/parse'
import { tokenBefore, type SentenceText } from './sentence-text'
import type { TimeUnit } from './vocabulary'
import { allMatches, gated } from '../all-matches'

const NUMBER = `(?:\\d{1,3}|${NUMBER_WORD})`
const OLD_RE = gated(new RegExp(`\\b${NUMBER}[\\s-](?<unit>year|month|week|day)s?[\\s-](?:olds?\\b|of\\sage\\b)`, 'gi'), /(?:year|month|week|day)s?[\s-](?:old|of\sage)/i)
// "aged 41", "age 29", "at the age of 68", "aged about 68"; "aged between 18 and 30" is a bracket, not someone's age
const AGED_RE = gated(new RegExp(`\\b(?:[Aa]ged|[Aa]ge|at\\sthe\\sage\\sof)\\s(?:about\\s|around\\s|nearly\\s|almost\\s|just\\s)?(?<n>${NUMBER})\\b(?![.,]\\d|\\s(?:per|to|and|or)\\b|[-–]\\d)`, 'g'), /\b[Aa]ged?\s/)
// the next item of a list of ages: ", ten", ", and 59", " and 13"; it must end the item ("aged 9, 49 people" is a count)
const NEXT_AGE = new RegExp(`^(?:,\\s(?:and\\s)?|\\sand\\s)(?<n>${NUMBER})(?=\\s*(?:[,.;:)]|and\\b|$))`, 'i')
// "Okafor, 42," / "Hale, now 22," / "Okafor (42)": a small number set off right after a word
// ("Jane Albury, 36." closes its sentence)
const APPOSITION_RE = /(?<=[A-Za-z’'])(?:,\s(?:(?:now|then|aged)\s)?(?<n>\d{1,3})(?=,|\s[–—]\s|\.(?:\s|$))|\s\((?<p>\d{1,3})\))/g
// "She was 26.", "Hadley, the committee's chairman, was 68.": an obituary's age closing the sentence
const WAS_AGE_RE = /\b(?:was|is)\s(?<n>\d{1,3})[.;]?["”]?\s*$/

const age = (s: SentenceText, start: number, end: number, unit: TimeUnit): DateCandidate =>
  ({ start: s.start + start, end: s.start + end, kind: 'duration', meaning: { type: 'age', unit } })

const plausible = (n: string) => {
  const v = numberValue(n)
  return v !== null && v >= 1 && v < 120 && Number.isInteger(v)
}

/** Tags that make a capitalised word something other than a name: "Monday, 42,", "The", "In Leeds". */
const NOT_NAME = ['Date', 'Value', 'Organization', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun']
const isCapital = (t: Token) => /^[A-Z][a-z]/.test(t.text)

/**
 * Only a person takes an age this way: a name ("Tom Okafor", "Albury", whatever the tagger makes of it) or a word for
 * one ("brother", "manager"); "In Leeds, 42, were fined", "Monday, 42," and "The brothers, 12," are something else.
 */
function afterPerson(s: SentenceText, offset: number): boolean {
  const last = tokenBefore(s, offset)
  if (!last) return false
  if (!isCapital(last)) return (last.tags.has('Person') || last.tags.has('Actor')) && !last.tags.has('Plural')
  if (NOT_NAME.some((tag) => last.tags.has(tag))) return false
  // the run of capitalised words the name is made of ("Mary Jane Albury"); a preposition before it makes it a place
  let t = tokenBefore(s, last.start)
  while (t && isCapital(t) && !t.post && !NOT_NAME.some((tag) => t!.tags.has(tag))) t = tokenBefore(s, t.start)
  return !t || !t.tags.has('Preposition')
}

const names = new WeakMap<SentenceText['article'], Map<string, boolean>>()

/** "Hadley" is a name where the article also writes it capitalised inside a sentence; "Inflation" is not. */
function writtenAsName(s: SentenceText, word: string): boolean {
  let known = names.get(s.article)
  if (!known) names.set(s.article, known = new Map())
  let is = known.get(word)
  if (is === undefined) {
    is = new RegExp(`[a-z,;:]\\s${word.replace(/[^A-Za-z]/g, '')}\\b`).test(s.article.text)
    known.set(word, is)
  }
  return is
}

/** The subject of "… was 68." is a person: "He", "She", or a name. */
function personSubject(s: SentenceText): boolean {
  const first = s.article.tokens[s.article.sentences[s.sentence].firstToken]
  if (!first) return false
  if (/^(?:he|she)$/i.test(first.text)) return true
  return isCapital(first) && !NOT_NAME.some((tag) => first.tags.has(tag)) && writtenAsName(s, first.text)
}

export function findAges(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const m of allMatches(OLD_RE, s.text)) found.push(age(s, m.index, m.index + m[0].length, m.groups!.unit.toLowerCase() as TimeUnit))
  for (const m of allMatches(AGED_RE, s.text)) {
    if (!plausible(m.groups!.n)) continue
    let end = m.index + m[0].length
    found.push(age(s, end - m.groups!.n.length, end, 'year'))
    for (let next = NEXT_AGE.exec(s.text.slice(end)); next && plausible(next.groups!.n); next = NEXT_AGE.exec(s.text.slice(end))) {
      end += next[0].length
      found.push(age(s, end - next.groups!.n.length, end, 'year'))
    }
  }
  for (const m of allMatches(APPOSITION_RE, s.text)) {
    const n = m.groups!.n ?? m.groups!.p!
    if (!plausible(n)) continue
    if (!afterPerson(s, s.start + m.index)) continue
    const start = m.index + m[0].indexOf(n)
    found.push(age(s, start, start + n.length, 'year'))
  }
  const was = WAS_AGE_RE.exec(s.text)
  if (was && plausible(was.groups!.n) && personSubject(s)) {
    const start = was.index + was[0].indexOf(was.groups!.n, 3)
    found.push(age(s, start, start + was.groups!.n.length, 'year'))
  }
  return found
}
