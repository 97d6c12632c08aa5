// Is this four-digit number a year? "in 2017", "the 1973 building", "2019's election" are years;
// "2000 people", "Euro 2020" (a name), "$2019", "2019 km" are not.
import { tokenAt, tokenIndexAt } from '../../nlp/parse'
import { tokenBefore, type SentenceText } from './sentence-text'

/** Words after which a four-digit number before a plural noun is still a year ("the 2019 elections", "in 2010 talks",
 * "down on 2004 levels"). */
const KEEPS_YEAR = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose', 'in', 'since',
  'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through', 'throughout', 'between', 'and', 'or', 'to', 'year',
  'on', 'above', 'below', 'than', 'versus', 'vs'])

/** "sold its roughly 2000 Thai and 74 Malaysian stores": an estimate before a noun is a count; "in about 2000",
 * "since around 2000" and "devised by Albury around 1970." stay years. */
const ESTIMATE_BEFORE = /(?:^|[^\w\s]\s*|\b(?!(?:in|since|from|until|till|to|by|of|before|after|around|circa|between|and|or|year|during|through)\b)\w+\s)(?:roughly|approximately|about|around|some|nearly|almost|over|more\sthan|fewer\sthan|less\sthan|at\sleast)\s$/i

/** "2000 Thai and 74 Malaysian stores": a four-digit number paired with a small one is a count like it. */
const PAIRED_COUNT_AFTER = /^(?:\s[A-Z]?[a-z]+)?\s(?:and|or)\s(?:\d{1,3}|\d{1,3}(?:,\d{3})+)\b(?![,.]?\d)/

/** "Early 2019" opens a sentence with a capital and is still a year. */
const PART_WORDS = new Set(['early', 'mid', 'late', 'end', 'start', 'beginning', 'middle', 'summer', 'spring', 'autumn', 'fall', 'winter'])

/** Words that make 1000–1899 a year too ("in 1500", "since 1848"); bare "1500" is more often a count. */
const OLD_YEAR_CUES = /(?:\b(?:in|since|from|until|till|by|of|circa|c\.|around|before|after|year|between|and|to|early|mid|late)[\s-]|['’]s\s)$/i

/** Units and scales that make a number a quantity ("2019 km", "2000m", "1999%"). */
const QUANTITY_AFTER = /^(?:\s?(?:%|per\s?cent|percent|pc\b|m\b|bn\b|km|kg|mm|cm|ft|lb|mph|mw|gw)|\s(?:million|billion|thousand|miles?|metres?|meters?|kilometres?|kilometers?|feet|tonnes?|tons?|pounds?|dollars?|euros?|barrels?|acres?|hectares?|points?|votes?|seats?|times)\b)/i

/** A 24-hour clock time: "at 3:42 local time on Sunday (2042 Saturday, UTC)". */
const CLOCK_AFTER = /^\s(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s\w+)?,?\s)?(?:UTC|GMT)\b/

/** Before the number: a currency, a number sign or "No." means it is an amount or a label, not a year. */
const LABEL_BEFORE = /(?:[$£€¥₹#]\s?|\b(?:No|Nos|no|number|Number)\.?\s|\b(?:USD|EUR|GBP|JPY)\s?)$/

/** What a year's accounts and contests are counted in: "record 2004 sales", "posted 2019 profits", "the Sydney 2012 games". */
const YEARS_PLURALS = new Set(['profits', 'sales', 'earnings', 'results', 'revenues', 'losses', 'figures', 'accounts', 'dividends', 'bonuses',
  'forecasts', 'budgets', 'targets', 'exports', 'imports', 'elections', 'games', 'olympics', 'finals', 'championships', 'playoffs', 'midterms'])

/**
 * "record 2004 sales." and "2004 profits rose" are that year's; "2000 sales calls" counts calls: after the plural the
 * clause ends, or a preposition, an auxiliary or a past tense follows.
 */
function isYearsAccount(article: SentenceText['article'], next: SentenceText['article']['tokens'][number], value: number): boolean {
  if (value < 1950 || value > 2049 || !YEARS_PLURALS.has(next.normal)) return false
  const after = tokenAt(article.tokens, tokenIndexAt(article, next.end))
  if (!after || after.sentence !== next.sentence || next.post !== '') return true
  return after.tags.has('Preposition') || after.tags.has('Copula') || after.tags.has('Auxiliary') || after.tags.has('PastTense')
}

export function isYearAt(s: SentenceText, start: number, end: number): boolean {
  const local = start - s.start
  const value = Number(s.text.slice(local, local + 4))
  const before = s.text.slice(Math.max(0, local - 12), local)
  const wideBefore = s.text.slice(Math.max(0, local - 30), local)
  const after = s.text.slice(end - s.start, end - s.start + 16)
  if (value < 1000 || value > 2099) return false
  if (value < 1900 && !OLD_YEAR_CUES.test(before)) return false
  // "1215/2019" is a numbered document, not the year 2019 ("council decree No. 1215/2019")
  if (LABEL_BEFORE.test(before) || /\d[,./]$/.test(before)) return false
  if (PAIRED_COUNT_AFTER.test(after + s.text.slice(end - s.start + 16, end - s.start + 30))) return false
  if (QUANTITY_AFTER.test(after) || CLOCK_AFTER.test(s.text.slice(end - s.start, end - s.start + 30))) return false
  const article = s.article
  const prev = tokenBefore(s, start)
  // "Euro 2020", "Windows 2000", "Vision 2030": a capitalised name right before the number, nothing between ("Come 2020, …" is a verb).
  if (prev && prev.end === start - 1 && !prev.post && /^[A-Z]/.test(prev.text) && !/['’]s$/i.test(prev.text)
    && !prev.tags.has('Preposition') && !prev.tags.has('Conjunction') && !prev.tags.has('Determiner') && !prev.tags.has('Date') && !prev.tags.has('Verb')
    && !PART_WORDS.has(prev.normal)) return false
  // "2000 people" is a count unless a determiner or a preposition makes it a modifier ("the 2019 elections")
  const next = tokenAt(article.tokens, tokenIndexAt(article, end))
  const nextToken = next && next.sentence === s.sentence && next.start >= end ? next : undefined
  // an estimate before a noun: "sold its roughly 2000 Thai … stores"; "Albury around 1970." stays a year
  if (ESTIMATE_BEFORE.test(wideBefore) && nextToken && /^\s+$/.test(article.text.slice(end, nextToken.start))
    && (nextToken.tags.has('Noun') || nextToken.tags.has('Adjective')) && !nextToken.tags.has('Date') && !nextToken.tags.has('Pronoun')) return false
  if (nextToken && /^\s+$/.test(article.text.slice(end, nextToken.start)) && nextToken.tags.has('Plural') && !nextToken.tags.has('Date')) {
    const prevWord = prev ? prev.normal.replace(/’/g, "'") : ''
    if (!(KEEPS_YEAR.has(prevWord) || prevWord.endsWith("'s") || isYearsAccount(article, nextToken, value))) return false
  }
  return true
}
