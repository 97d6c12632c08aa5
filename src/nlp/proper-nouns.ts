// Names the tagger misses where a capital proves nothing: a word written with a capital inside a sentence is a
// name everywhere in the article, also where it opens one. In "Albury, who has visited several towns, said"
// compromise reads "Albury" as a verb; "… said Jane Albury" earlier shows it is a name.
import type { ParsedArticle, Token } from './parse'
import { tokenAt } from './token-at'

/** Tags that a capital inside a sentence does not turn into a name: "I", "The" in a title, "Monday". */
const NOT_NAMES = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Date', 'Month', 'WeekDay', 'Honorific', 'Value']

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text)

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
      if (!capitalised(t) || /[:“"«—–]/.test((tokenAt(tokens, i - 1)?.post ?? '') + t.pre) || NOT_NAMES.some((tag) => t.tags.has(tag))) continue
      const key = t.text
      const seen = names.get(key) ?? { person: false, place: false }
      seen.person ||= t.tags.has('Person')
      seen.place ||= t.tags.has('Place') || t.tags.has('Organization')
      names.set(key, seen)
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
