// The corpus summary: what `--summary` shows and what a batch's JSON carries as "summary".
// An addition beside the per-article model (src/model.ts), in the same spirit: fields may be added, not renamed.
import type { ErrorRecord, Gender, SpeakerKind } from '../model'

/** One person or body across the corpus, however each article named it. */
export interface CorpusSpeaker {
  /** The fullest name the articles give ("Donald Trump"), as most of them write it. */
  name: string
  kind: Exclude<SpeakerKind, 'anonymous'>
  /** Quotes attributed to it, in all articles. */
  quoteCount: number
  /** Articles that quote it. */
  articleCount: number
  /** Other ways the articles name it, most used first, at most ten ("Mr Trump", "Trump", "the US president"). */
  aliases: string[]
  /** A person's gender as the articles refer to them, when those that give one agree; null for bodies and groups. */
  gender: Gender | null
}

/** People quoted, and their quotes, by gender. */
export interface GenderTally {
  speakers: number
  quotes: number
}

/**
 * Voices by gender: named people counted once across the corpus (merged as in `speakers`), unnamed single
 * sources ("a female official") once per article; bodies, groups, documents and unattributed quotes are not
 * people and are left out. `unknown`: people whose gender no article gives, or whose articles disagree.
 */
export interface GenderCounts {
  female: GenderTally
  male: GenderTally
  unknown: GenderTally
}

export interface QuoteTotals {
  total: number
  direct: number
  mixed: number
  indirect: number
  /** Quotes nobody could be linked to. */
  unattributed: number
}

export interface CorpusSummary {
  /** Articles analysed. */
  articles: number
  /** Inputs that could not be analysed; each is in `failures`. */
  failed: number
  words: number
  quotes: QuoteTotals
  /** People, bodies and groups, most quoted first (then by articles, then by name). */
  speakers: CorpusSpeaker[]
  /** Unnamed sources ("a European official") are different people in different articles: counted, not merged. */
  anonymous: { quoteCount: number; articleCount: number }
  /** People quoted and their quotes, by gender (the share of women: female ÷ (female + male)). */
  gender: GenderCounts
  /** Quotes of the same words by the same speaker in two or more articles, most repeated first (repeated-quotes.ts). */
  repeatedQuotes: RepeatedQuote[]
  /** The inputs that failed and why, by source (numbers by value: "export.ndjson#9" before "#10"). */
  failures: ErrorRecord[]
}

/** One statement running through several articles. */
export interface RepeatedQuote {
  /** As the first of its sources (in source order) gives it. */
  text: string
  /** The corpus speaker. */
  speaker: string
  articleCount: number
  /** Every article that has it, in source order. */
  sources: string[]
}
