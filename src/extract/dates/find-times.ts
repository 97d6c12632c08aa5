// Times of day: "3pm", "6.30 a.m.", "15:00 GMT", "noon", "midnight", "ten o'clock". Kind `time`.
// Parts of a day the text gives no day for ("walked until early evening", "during the evening"): kind `date`.
// Both take the day written next to them, the sentence's day or the story's (dates.ts).
import { NUMBER_WORD } from '../figures/number-words'
import type { DateCandidate } from './meaning'
import { opensSentence, type SentenceText } from './sentence-text'
import { allMatches, gated } from '../all-matches'

const ZONE = '(?:\\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|local\\stime)\\b)?'
const TIME_RES = [
  gated(new RegExp(`\\b(?:1[0-2]|0?\\d)(?:[:.][0-5]\\d)?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|AM|PM)(?![A-Za-z])${ZONE}`, 'g'), /(?:[ap]\.m\.|am|pm|AM|PM)(?![A-Za-z])/),
  // "15:00", "12:05:19 UTC" (never the "05:19" inside it)
  gated(new RegExp(`(?<![:\\d])\\b(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?\\b(?!:\\d)${ZONE}`, 'g'), /\d:\d/),
  /\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|BST|hrs)\b/g,
  /\b(?:noon|midday|midnight)\b/gi,
  gated(new RegExp(`\\b(?:\\d{1,2}|${NUMBER_WORD})\\so['’]clock\\b`, 'gi'), /o['’]clock/i),
]

// "early evening", "late in the afternoon", "during the evening", "in the early morning"; not "the morning news"
const DAY_PART = gated(/\b(?:(?:[Ee]arly|[Ll]ate)\s(?:in\s(?:the\s)?)?|(?:[Ii]n|[Dd]uring|[Tt]hroughout)\sthe\s(?:(?:early|late)\s)?|[Tt]he\s(?:early|late)\s)(?:morning|afternoon|evening|night)\b(?![\s-](?:news|papers?|sessions?|rush|show|shift|prayers?|editions?|call|commute|peak|trading|services?|star)\b)/g, /morning|afternoon|evening|night/i)

export function findTimes(s: SentenceText): DateCandidate[] {
  const found: DateCandidate[] = []
  for (const re of TIME_RES) {
    for (const m of allMatches(re, s.text)) {
      // "T Noon, J Okafor" in a team sheet: a capitalised "Noon" inside a sentence is a name
      if (/^(?:Noon|Midday|Midnight)$/.test(m[0]) && !opensSentence(s, s.start + m.index)) continue
      found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'time', meaning: { type: 'time' } })
    }
  }
  for (const m of allMatches(DAY_PART, s.text)) {
    // the preposition stays out of the span: "during the evening" → "the evening"
    const text = m[0].replace(/^(?:in|during|throughout)\s/i, '')
    const start = m.index + m[0].length - text.length
    found.push({ start: s.start + start, end: s.start + start + text.length, kind: 'date', meaning: { type: 'time' } })
  }
  return found
}
