// Is an offset inside quoted words? Counted from the start of its paragraph: more opening than closing curly marks,
// or an odd number of straight ones. "A spokesman stated: “We are checking … this morning.”" puts "this morning"
// inside; "this morning" in the writer's own sentence after the closing mark is outside.
import type { ParsedArticle } from '../../nlp/parse'

export type InsideQuote = (offset: number, paragraph: number) => boolean

interface Marks { at: number[]; open: number[]; close: number[]; straight: number[] }

function marksOf(text: string, start: number, end: number): Marks {
  // counts[k]: marks of each kind among the first k marks, so any prefix is read in one binary search
  const m: Marks = { at: [], open: [0], close: [0], straight: [0] }
  for (let i = start; i < end; i++) {
    const ch = text[i]
    if (ch !== '“' && ch !== '”' && ch !== '"') continue
    const k = m.at.length
    m.at.push(i)
    m.open.push(m.open[k] + (ch === '“' ? 1 : 0))
    m.close.push(m.close[k] + (ch === '”' ? 1 : 0))
    m.straight.push(m.straight[k] + (ch === '"' ? 1 : 0))
  }
  return m
}

export function quoteChecker(article: ParsedArticle): InsideQuote {
  const cache = new Map<number, Marks>()
  return (offset, paragraph) => {
    let m = cache.get(paragraph)
    if (!m) {
      const { start, end } = article.paragraphs[paragraph]
      m = marksOf(article.text, start, end)
      cache.set(paragraph, m)
    }
    let lo = 0, hi = m.at.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (m.at[mid] < offset) lo = mid + 1
      else hi = mid
    }
    return m.open[lo] > m.close[lo] || m.straight[lo] % 2 === 1
  }
}
