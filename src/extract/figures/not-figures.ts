// Numbers that are not figures: parts of names ("G8", "Covid-19", "Formula One", "Boeing 737", "Article 50"),
// "one" as a pronoun ("one of the biggest"), list markers ("1. Introduction"), labels ("No 10"), fractions and
// ratios ("24/7"), ordinals ("4th") and numbers glued to letters ("5G"). Dates and years are masked elsewhere.
import { opensSentence, tokenBefore, tokenIndexAt, tokenStartingAt, type SentenceText } from '../dates/sentence-text'
import type { RawFigure } from './scan'

/** Words after which "one" is a pronoun or part of a phrase: "the one", "no one", "any one of". */
const ONE_AFTER = new Set(['the', 'no', 'any', 'every', 'each', 'which', 'this', 'that', 'another', 'anyone', 'someone', 'such', 'only', 'last', 'other', 'little', 'big', 'new', 'right', 'wrong'])
/** Nouns after which "one" is not counting: "one day" (some day), "one way or another". */
const ONE_BEFORE = new Set(['another', 'day', 'way', 'thing', 'time', 'point', 'side', 'hand', 'more', 'less', 'too', 'stage', 'moment', 'end', 'after'])

export function isNotFigure(s: SentenceText, f: RawFigure): boolean {
  const text = s.text
  const start = s.start + f.start
  const before = text.slice(Math.max(0, f.start - 12), f.start)
  const after = text.slice(f.end, f.end + 2)
  const plain = f.unit === null && f.kind === 'count'

  // glued to letters or digits on the right: "4th", "5G", "737MAX"; a hyphen and a word that is no unit: "one-off", "10-storey"
  if (/^[A-Za-z\d]/.test(after) || (plain && /^[-–][A-Za-z]/.test(after))) return true
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
  // labels: "No 10", "number 10", "#1", "Article 50" (a capitalised word right before, no unit)
  if (/\b(?:No|Nos|no|number|Number|version|Version)\.?\s$|#$/.test(before)) return true
  if (plain && !f.first.currency && isAfterName(s, start)) return true
  // list markers: "1." or "2)" opening a paragraph, "(3)" in a list
  if (plain && isListMarker(s, f)) return true
  if (f.word) {
    const word = f.first.numberText
    // "Formula One", "Air Force One", "the Big Four": a capitalised number word inside a sentence is a name
    if (/^[A-Z]/.test(word) && !opensSentence(s, start)) return true
    if (/^one$/i.test(word) && plain && isPronounOne(s, start)) return true
  }
  return false
}

function isAfterName(s: SentenceText, start: number): boolean {
  const prev = tokenBefore(s, start)
  if (!prev || prev.post || prev.end !== start - 1 || !/^[A-Z]/.test(prev.text) || /['’]s$/.test(prev.text)) return false
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
  const token = tokenStartingAt(article, start)
  const next = token ? article.tokens[tokenIndexAt(article, token.end)] : undefined
  if (!next || next.sentence !== s.sentence || token?.post) return true
  // "one of the biggest", "one another", "one day": not a count; "one person was killed": a count
  if (next.normal === 'of' || ONE_BEFORE.has(next.normal)) return true
  return !(next.tags.has('Noun') && !next.tags.has('Pronoun')) && !next.tags.has('Adjective')
}
