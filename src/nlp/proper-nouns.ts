// Names the tagger misses where a capital proves nothing: a word written with a capital inside a sentence is a
// name everywhere in the article, also where it opens one. In "Albury, who has visited several towns, said"
// compromise reads "Albury" as a verb; "… said Jane Albury" earlier shows it is a name.
import type { ParsedArticle, Token } from './parse'
import { capitalised, tokenAt } from './token-at'

/** Tags that a capital inside a sentence does not turn into a name: "I", "The" in a title, "Monday". */
const NOT_NAMES = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Date', 'Month', 'WeekDay', 'Honorific', 'Value']

/** Marks after which a capital starts a sentence of its own. */
const SENTENCE_OPENERS = /[:“"«—–]/
const hasAny = (t: Token, tags: readonly string[]) => {
  for (let k = 0; k < tags.length; k++) if (t.tags.has(tags[k])) return true
  return false
}

/** Whether most words of the sentence are capitalised, as in a headline: its capitals prove nothing. */
function titleCase(tokens: Token[], from: number, to: number): boolean {
  let capitals = 0
  for (let i = from; i < to; i++) if (capitalised(tokens[i])) capitals++
  return capitals >= 0.6 * (to - from)
}

export function markProperNouns(article: ParsedArticle, retag: (t: Token, tags: string[]) => void): void {
  const { tokens, sentences } = article
  const names = new Map<string, { person: boolean; place: boolean }>()
  for (const s of sentences) {
    if (s.endToken - s.firstToken < 4 || titleCase(tokens, s.firstToken, s.endToken)) continue
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      const t = tokens[i]
      // a capital after a colon, a dash or an opening quote mark starts a sentence of its own
      // (the mark sought in either string, not in the two joined: a string for every capitalised word made the parse's
      // garbage, and garbage between two parses slows the next)
      if (!capitalised(t) || SENTENCE_OPENERS.test(tokenAt(tokens, i - 1)?.post ?? '') || SENTENCE_OPENERS.test(t.pre) || hasAny(t, NOT_NAMES)) continue
      const key = t.text
      let seen = names.get(key)
      if (!seen) names.set(key, (seen = { person: false, place: false }))
      seen.person ||= t.tags.has('Person')
      seen.place ||= t.tags.has('Place') || t.tags.has('Organization')
    }
  }
  if (names.size === 0) return
  for (const t of tokens) {
    const seen = names.get(t.text)
    if (!seen || (t.tags.has('ProperNoun') && (!seen.person || seen.place || t.tags.has('Person')))) continue
    const tags = ['ProperNoun', 'Noun']
    if (seen.person && !seen.place) tags.push('Person')
    retag(t, tags)
  }
}
