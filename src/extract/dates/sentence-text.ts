// One sentence's text with its place in the article, and the token helpers every date finder needs.
import { tokenAt, tokenIndexAt, type ParsedArticle, type Token } from '../../nlp/parse'

export interface SentenceText {
  article: ParsedArticle
  /** index into article.sentences */
  sentence: number
  /** offset of text[0] in article.text */
  start: number
  text: string
}

export function sentenceTexts(article: ParsedArticle): SentenceText[] {
  return article.sentences.map((s, i) => ({ article, sentence: i, start: s.start, text: article.text.slice(s.start, s.end) }))
}

/** The token that starts exactly at `offset`, if any. */
export function tokenStartingAt(article: ParsedArticle, offset: number): Token | undefined {
  const t = tokenAt(article.tokens, tokenIndexAt(article, offset))
  return t && t.start === offset ? t : undefined
}

/** The token just before `offset` within the same sentence, if any. */
export function tokenBefore(s: SentenceText, offset: number): Token | undefined {
  const i = tokenIndexAt(s.article, offset) - 1
  const t = s.article.tokens[i]
  return t && t.sentence === s.sentence && t.end <= offset ? t : undefined
}

/** True when the word at `offset` opens its sentence (ignoring quote marks), where capitals say nothing. */
export function opensSentence(s: SentenceText, offset: number): boolean {
  const before = tokenBefore(s, offset)
  return !before || /[:“"‘]$/.test(before.post) || /^[“"‘]/.test(tokenAt(s.article.tokens, tokenIndexAt(s.article, offset))?.pre ?? '')
}
