// Paragraphs of a text, apart from the parser: the report (src/render/html) lays out an article's
// paragraphs and finds its furniture without loading compromise.

export interface Paragraph {
  start: number
  end: number
}

/** Paragraphs are runs of text between line breaks; blank lines and lone CRs count as breaks too. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const lineBreak = /\r\n|\r|\n/g
  let from = 0
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) paragraphs.push({ start, end })
  }
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    push(from, m.index)
    from = m.index + m[0].length
  }
  push(from, text.length)
  return paragraphs
}
