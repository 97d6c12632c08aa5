// Quotes that travel: the same words (punctuation and case aside) attributed to the same speaker in two or
// more articles — one statement running through many outlets, or an agency story printed by several.
//
//   a.txt  “We will have a deal very soon,” Donald Trump said.
//   b.txt  "We will have a deal very soon." Mr Trump told reporters …
//     → {text: "“We will have a deal very soon,”", speaker: "Donald Trump", articleCount: 2, sources: ["a.txt", "b.txt"]}
//
// Only words in quote marks (direct and mixed quotes) of at least four words count: reported speech is the
// writer's wording, and "no comment" is said by everyone. Unnamed sources are different people in different
// articles. The speaker is the corpus speaker (speaker-tally.ts), so "Mr Trump" in one article and "Donald
// Trump" in another are the same. What is kept per quote is a fingerprint of its words, the text once and
// its sources: the result does not depend on the order the articles come in (the text shown is the one of
// the first source in source order).
import { createHash } from 'node:crypto'
import type { Analysis } from '../model'
import { compareText } from '../extract/speakers/speaker-clusters'
import { compareSources } from './source-order'
import type { RepeatedQuote } from './summary-model'

export const MIN_WORDS = 4

interface Entry {
  /** The speaker's form key in the tally; the corpus speaker is known only at the end. */
  speakerKey: string
  text: string
  /** The source whose wording `text` is: the first in source order. */
  textSource: string
  sources: string[]
}

export class RepeatedQuotes {
  /** By fingerprint of the words and the speaker. */
  private readonly entries = new Map<string, Entry>()

  /** One article's quotes; `speakerKeys` maps each speaker's name to its form key in the tally. */
  add(analysis: Analysis, speakerKeys: Map<string, string>): void {
    const seen = new Set<string>()
    for (const quote of analysis.quotes) {
      if (quote.type === 'indirect' || quote.speaker === null) continue
      const speakerKey = speakerKeys.get(quote.speaker)
      if (speakerKey === undefined) continue // an unnamed source
      const words = normaliseWords(quote.text)
      if (words.split(' ').length < MIN_WORDS) continue
      const key = fingerprint(`${speakerKey}\u0000${words}`)
      if (seen.has(key)) continue // quoted twice in one article: one article
      seen.add(key)
      const entry = this.entries.get(key)
      if (!entry) {
        this.entries.set(key, { speakerKey, text: quote.text, textSource: analysis.source, sources: [analysis.source] })
        continue
      }
      entry.sources.push(analysis.source)
      if (compareSources(analysis.source, entry.textSource) < 0) {
        entry.text = quote.text
        entry.textSource = analysis.source
      }
    }
  }

  /** The quotes of two or more articles, most repeated first; `speakerName` names a form key's corpus speaker. */
  result(speakerName: (speakerKey: string) => string): RepeatedQuote[] {
    // forms the corpus merges ("Mr Trump", "Donald Trump") may hold the same words apart until now
    const merged = new Map<string, { text: string; textSource: string; speaker: string; sources: string[] }>()
    for (const entry of this.entries.values()) {
      const speaker = speakerName(entry.speakerKey)
      const key = `${speaker}\u0000${normaliseWords(entry.text)}`
      const known = merged.get(key)
      if (!known) merged.set(key, { text: entry.text, textSource: entry.textSource, speaker, sources: [...entry.sources] })
      else {
        known.sources.push(...entry.sources)
        if (compareSources(entry.textSource, known.textSource) < 0) Object.assign(known, { text: entry.text, textSource: entry.textSource })
      }
    }
    return [...merged.values()]
      .filter((quote) => quote.sources.length >= 2)
      .map((quote) => ({ text: quote.text, speaker: quote.speaker, articleCount: quote.sources.length, sources: quote.sources.sort(compareSources) }))
      .sort((a, b) => b.articleCount - a.articleCount || compareText(a.speaker, b.speaker) || compareText(a.text, b.text))
  }
}

/** "“We will have a deal, very soon,”" → "we will have a deal very soon". */
export function normaliseWords(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

/** 96 bits of SHA-1: a few million quotes never collide, and the words are not kept twice. */
function fingerprint(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, 16)
}
