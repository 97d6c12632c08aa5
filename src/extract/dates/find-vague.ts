// Periods a reader takes as time but cannot place on a calendar: found, with no day of their own.
// "Sales have slowed in recent months", "the feud has run for decades", "years ago", "millions of years",
// "in the near future", "lower than previous years", "in coming weeks", "the eleventh week of protests".
import { NUMBER_WORD } from '../figures/number-words'
import type { DateCandidate } from './meaning'
import type { SentenceText } from './sentence-text'
import { allMatches, gated } from '../all-matches'

const UNITS = '(?:hours|days|weeks|months|years|decades|centuries|generations)'
const SOME = '(?:(?:many|several|some|a\\sfew|a\\scouple\\sof)\\s)?'
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|final|last|\\d{1,2}(?:st|nd|rd|th))'

/** "years of war" but not "five years of war" (a number counts them: find-durations) nor "the years of the Raj" */
const UNCOUNTED = `(?<!(?:\\d|\\b(?:${NUMBER_WORD}|an?|few|several|many|some|the|these|those|its|their|his|her|our|recent|previous|past|coming|early|late|small|wee|of|for|over|after))\\s)`

/** Every pattern below that counts in units holds one of them: its gate (all-matches.ts). */
const UNIT_WORD = new RegExp(UNITS, 'i')

interface Vague { re: RegExp; kind: DateCandidate['kind'] }

const VAGUE: Vague[] = [
  // "in recent months", "over recent years", "recent weeks have seen …"
  { re: gated(new RegExp(`\\b(?:[Ii]n\\s|[Oo]ver\\s)?recent\\s${UNITS}\\b`, 'gi'), /recent/i), kind: 'date' },
  // "lower than previous years", "in past decades", "in later years", "the following months"
  { re: gated(new RegExp(`\\b(?:previous|past|prior|earlier|later|subsequent|following)\\s${UNITS}\\b`, 'gi'), UNIT_WORD), kind: 'date' },
  // "in coming weeks", "the next few months", "in the months ahead"
  { re: gated(new RegExp(`\\b(?:[Ii]n\\s)?coming\\s${UNITS}\\b|\\bnext\\sfew\\s${UNITS}\\b|\\b[Ii]n\\sthe\\s${UNITS}\\sahead\\b`, 'gi'), UNIT_WORD), kind: 'deadline' },
  // "for years", "for many decades", "over the years", "after months of talks", "hours of negotiation"
  { re: gated(new RegExp(`(?<=\\b(?:[Ff]or|[Oo]ver|[Aa]fter|[Tt]aking|[Tt]ook|[Ll]asting)\\s(?:the\\s)?)${SOME}${UNITS}\\b|${UNCOUNTED}\\b${UNITS}\\sof\\s(?=[a-z])(?!age\\b)`, 'gi'), UNIT_WORD), kind: 'duration' },
  // "mere minutes into the speech", "just days after the vote", "only hours later"
  { re: gated(new RegExp(`\\b(?:mere|just|only|barely)\\s(?:seconds|minutes|hours|days|weeks|months)\\b`, 'gi'), /(?:mere|just|only|barely)\s(?:seconds|minutes|hours|days|weeks|months)/i), kind: 'duration' },
  // "millions of years", "thousands of years ago" (below), "hundreds of years"
  { re: gated(new RegExp(`\\b(?:millions|thousands|hundreds|tens)\\sof\\syears\\b`, 'gi'), /\sof\syears/i), kind: 'duration' },
  // "years ago", "many years later", "decades earlier", "thousands of years ago"
  { re: gated(new RegExp(`\\b(?:(?:millions|thousands|hundreds|tens)\\sof\\s|${SOME})${UNITS}\\s(?:ago|later|earlier|before|after)\\b(?!\\s(?:the|a|an|his|her|their|its)\\b)`, 'gi'), UNIT_WORD), kind: 'date' },
  // "last season", "this term", "next season": a season of a sport or a term of an office, with no calendar of its own
  { re: gated(/\b(?:last|this|next|previous|coming)\s(?:season|term)\b/gi, /season|term/i), kind: 'date' },
  // "in the future", "in the near future", "in the past"
  { re: gated(/\b(?<=[Ii]n\s)the\s(?:(?:near|distant|not-too-distant|immediate|recent)\s)?(?:future|past)\b/gi, /future|past/i), kind: 'date' },
  // "the eleventh week of protests", "the first day of the trial": a stretch the story counts, not a calendar date
  { re: gated(new RegExp(`\\b(?<=[Tt]he\\s)${ORDINAL}\\s(?:day|week|month|year)\\sof\\b(?!\\s(?:the\\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d))`, 'gi'), /(?:day|week|month|year)\sof/i), kind: 'date' },
]

export function findVague(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const { re, kind } of VAGUE) {
    for (const m of allMatches(re, s.text)) {
      // "days of" and "the first day of" end before the word that follows; the span keeps the time words only
      const text = m[0].replace(/\sof\s?$/, '').replace(/^(?:[Ii]n|[Oo]ver)\s/, '')
      const start = m.index + m[0].indexOf(text)
      found.push({ start: s.start + start, end: s.start + start + text.length, kind, meaning: { type: 'none' } })
    }
  }
  return found
}
