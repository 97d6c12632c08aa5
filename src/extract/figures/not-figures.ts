// Numbers that are not figures: parts of names ("G8", "Covid-19", "Formula One", "Boeing 737", "Article 50"),
// "one" as a pronoun ("one of the biggest"), list markers ("1. Introduction"), labels ("No 10"), fractions and
// ratios ("24/7"), ordinals ("4th") and numbers glued to letters ("5G"). Dates and years are masked elsewhere.
import { tokenAt, tokenIndexAt } from '../../nlp/parse'
import { opensSentence, tokenBefore, tokenStartingAt, type SentenceText } from '../dates/sentence-text'
import type { RawFigure } from './scan'

/** Words after which "one" is a pronoun or part of a phrase: "the one", "no one", "any one of". */
const ONE_AFTER = new Set(['the', 'no', 'any', 'every', 'each', 'which', 'this', 'that', 'another', 'anyone', 'someone', 'such', 'last', 'other', 'little', 'big', 'new', 'right', 'wrong'])
/** Reporting words after which "one" introduces a source: "said one analyst", "according to one official". */
const SAYING = new Set(['said', 'says', 'told', 'added', 'noted', 'warned', 'explained', 'claimed', 'argued', 'wrote'])
/** Nouns after which "one" is not counting: "one day" (some day), "one way or another". */
const ONE_BEFORE = new Set(['another', 'day', 'way', 'thing', 'time', 'point', 'side', 'hand', 'more', 'less', 'too', 'stage', 'moment', 'end', 'after'])

export function isNotFigure(s: SentenceText, f: RawFigure): boolean {
  const text = s.text
  const start = s.start + f.start
  const before = text.slice(Math.max(0, f.start - 12), f.start)
  const after = text.slice(f.end, f.end + 2)
  const plain = f.unit === null && f.kind === 'count'

  // glued to letters or digits on the right: "4th", "5G", "737MAX"; a hyphen and a word that is no unit: "one-off", "10-storey"
  // ("a 4.7-magnitude earthquake" is a magnitude)
  if (/^[A-Za-z\d]/.test(after) || (plain && /^[-–][A-Za-z]/.test(after) && !/^-magnitude\b/i.test(text.slice(f.end, f.end + 11)))) return true
  // glued on the left: "Covid-19", "F-16", "MH-17"; a fraction or ratio: "24/7", "1/2"
  if ((!f.word && /[A-Za-z][-–]$/.test(before)) || /[/\\]$/.test(before) || /^[/\\:]\d/.test(after)) return true
  // a score or a vote: "a 2-1 decision" (a falling pair is no range); a citation mark: "map[3]"
  if (plain && (/^[-–]\d/.test(after) || /\d[-–]$/.test(before))) return true
  if (/\[$/.test(before) && after.startsWith(']')) return true
  // fractions: "two thirds of", "three quarters of"
  if (plain && /^\s(?:thirds?|quarters|halves|fifths|tenths)\b/i.test(text.slice(f.end, f.end + 10))) return true
  // an address ("10 Downing Street") or a year of an era ("190 AD", "44 BC")
  if (plain && /^\s(?:[A-Z][a-z]+\s){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Drive|Boulevard|Place)\b/.test(text.slice(f.end, f.end + 40))) return true
  if (plain && /^\s?(?:A\.?D\.?|B\.?C\.?E?|CE)\b/.test(text.slice(f.end, f.end + 6))) return true
  // an address where the street word comes first: "14 Quai des Brumes", "10 Rue de Rivoli"
  if (plain && /^\s(?:Rue|Quai|Via|Calle|Avenida|Rua|Place\sde|Boulevard\s[a-z])/.test(text.slice(f.end, f.end + 14))) return true
  // a 24-hour clock time: "at 5:21 a.m Friday morning (2121 Thursday night, UTC)"
  if (plain && /^\d{4}$/.test(f.first.numberText) && /^\s(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s\w+)?,?\s)?(?:UTC|GMT)\b/.test(text.slice(f.end, f.end + 30))) return true
  // an emergency number: "ran out and phoned 911", "dialled 999"
  if (plain && /^(?:911|999|112|000)$/.test(f.first.numberText) && /\b(?:dial(?:l?ed|l?ing|s)?|phon(?:ed|ing|es?)|call(?:ed|ing|s)?|to)\s$/i.test(before)) return true
  // labels: "No 10", "number 10", "#1", "Article 50" (a capitalised word right before, no unit)
  // ("flight 1344", "room 101", "platform 9"); a grade on a scale: "a category 3 hurricane", "stage 4 cancer", "phase 2 trials"
  if (/\b(?:No|Nos|no|number|Number|version|Version|[Ff]light|[Rr]oom|[Pp]latform|[Gg]ate|[Cc]hannel|[Rr]oute|[Bb]us|[Ss]ection|[Cc]lause|[Pp]aragraph)\.?\s$|#$|§\s?$/.test(before)) return true
  if (plain && /\b(?:[Cc]ategory|[Ss]tage|[Pp]hase|[Tt]ier|[Gg]rade|[Ll]evel|[Cc]hapter|[Aa]rticle)\s$/.test(before)) return true
  // ("an NBA All-Star 11 times": a number of occasions after a name is still a count)
  if (plain && !f.first.currency && isAfterName(s, start) && !/^\s(?:times|occasions)\b/.test(text.slice(f.end, f.end + 12))) return true
  // list markers: "1." or "2)" opening a paragraph, "(3)" in a list
  if (plain && isListMarker(s, f)) return true
  if (f.word) {
    const word = f.first.numberText
    // "Formula One", "Air Force One", "the Big Four": a capitalised number word inside a sentence is a name
    if (/^[A-Z]/.test(word) && !opensSentence(s, start)) return true
    // "roughly one million people": a scale makes it a number, never the pronoun
    // ("one or two product lines" is a range, whatever follows it)
    if (/^one$/i.test(word) && plain && !f.second && !f.first.hasScale && isPronounOne(s, start)) return true
  }
  return false
}

/** Capitalised words that open a clause and are never part of a name, whatever the tagger says ("[...] But one good year …"). */
const NOT_NAME_WORDS = new Set(['but', 'and', 'or', 'so', 'yet', 'then', 'now', 'only', 'about', 'around', 'nearly', 'almost', 'some', 'over',
  'just', 'all', 'with', 'for', 'of', 'in', 'on', 'at', 'by', 'after', 'before', 'since', 'until', 'under', 'these', 'those', 'its', 'their',
  'than', 'more', 'another', 'every', 'each', 'up', 'to', 'from', 'while', 'when', 'where', 'if', 'as', 'roughly', 'approximately'])

export function isAfterName(s: SentenceText, start: number): boolean {
  const prev = tokenBefore(s, start)
  if (!prev || prev.post || prev.end !== start - 1 || !/^[A-Z]/.test(prev.text) || /['’]s$/.test(prev.text)) return false
  if (NOT_NAME_WORDS.has(prev.normal)) return false
  if (prev.tags.has('Preposition') || prev.tags.has('Determiner') || prev.tags.has('Conjunction') || prev.tags.has('Date') || prev.tags.has('Pronoun') || prev.tags.has('Adverb')) return false
  // a capitalised first word ("About 800,000") is only a name when compromise says it is one
  if (!tokenBefore(s, prev.start)) return prev.tags.has('ProperNoun') || prev.tags.has('Organization')
  return true
}

function isListMarker(s: SentenceText, f: RawFigure): boolean {
  const para = s.article.paragraphs[s.article.sentences[s.sentence].paragraph]
  const at = s.start + f.start
  const atParagraphStart = para !== undefined && para.start <= at && at - para.start < 4 && /^[\s(\[]*$/.test(s.article.text.slice(para.start, at))
  return atParagraphStart && /^[.)]\s/.test(s.text.slice(f.end, f.end + 2))
}

function isPronounOne(s: SentenceText, start: number): boolean {
  const article = s.article
  const prev = tokenBefore(s, start)
  if (prev && ONE_AFTER.has(prev.normal)) return true
  // "said one analyst", "according to one source": a source told of by "one", not a count of them
  if (prev && (SAYING.has(prev.normal) || (prev.normal === 'to' && tokenBefore(s, prev.start)?.normal === 'according'))) return true
  const token = tokenStartingAt(article, start)
  let at = token ? tokenIndexAt(article, token.end) : -1
  // "only one badly flooded rail line": adverbs between "one" and its noun
  while (at >= 0 && tokenAt(article.tokens, at)?.tags.has('Adverb') && !tokenAt(article.tokens, at - 1)?.post && article.tokens[at].sentence === s.sentence) at++
  const next = at >= 0 ? article.tokens[at] : undefined
  if (!next || next.sentence !== s.sentence || token?.post) return true
  // "one of the biggest", "one another", "one day": not a count; "one person was killed": a count
  if (next.normal === 'of' || ONE_BEFORE.has(next.normal)) return true
  if ((next.tags.has('Noun') && !next.tags.has('Pronoun')) || next.tags.has('Adjective')) return false
  // "a deal similar to one between Acme Corp and Northwind": "one" right before a preposition stands for a noun
  if (next.tags.has('Preposition')) return true
  // "made one sighting of a whale", "with one stopping near Hadley": an -ing word then a preposition is the thing counted
  const after = tokenAt(article.tokens, at + 1)
  // ("One living in the city said so": without a verb or preposition before it, "one" is still the pronoun)
  const countedAfter = prev !== undefined && (prev.tags.has('Verb') || prev.tags.has('Preposition'))
  if (countedAfter && /ing$/.test(next.normal) && !next.post && after && after.sentence === s.sentence && (after.tags.has('Preposition') || after.tags.has('Adverb'))) return false
  // "at least one injured person", "one badly flooded rail line": a participle the tagger read as a
  // verb, then adjectives, then the noun
  if (!/(?:ed|en|ing)$/.test(next.normal) || next.post) return true
  for (let i = at + 1; i <= at + 3; i++) {
    const t = article.tokens[i]
    if (!t || t.sentence !== s.sentence) return true
    if (t.tags.has('Noun') && !t.tags.has('Pronoun')) return false
    if (!t.tags.has('Adjective') || t.post) return true
  }
  return true
}
