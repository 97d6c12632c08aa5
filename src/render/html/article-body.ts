// The article's text as paragraphs of HTML with its marks in them. Paragraphs are the analyser's own (text
// between line breaks), so a quote that runs over two paragraphs is two pieces: the first carries
// data-quote-id, the second data-quote-continues (nest-marks.ts).
import { findParagraphs, type Paragraph } from '../../nlp/paragraphs'
import type { Range } from '../../input/furniture'
import { escapeHtml } from './escape'
import { nestMarks, type Mark } from './nest-marks'

export interface BodyOptions {
  /** Furniture ranges: a paragraph that is all furniture is set as a caption. */
  furniture: Range[]
  /** The headline's place, when it stands alone on the first line with no quote in it: it is the page's heading, not repeated. */
  headline: Range | null
}

export function articleBody(text: string, marks: Mark[], options: BodyOptions): string {
  const paragraphs = findParagraphs(text)
  const buckets = bucketByParagraph(paragraphs, marks)
  const opened = new Set<Mark>()
  const html: string[] = []
  paragraphs.forEach((p, i) => {
    const { headline } = options
    if (headline && p.start === headline.start && p.end === headline.end) return
    const caption = options.furniture.some((f) => f.start <= p.start && p.end <= f.end)
    html.push(`<p${caption ? ' class="furniture-block"' : ''}>${nestMarks(text, p.start, p.end, buckets[i], opened, escapeHtml)}</p>`)
  })
  return html.join('\n')
}

/** The marks that touch each paragraph (a mark over two paragraphs is in both). */
function bucketByParagraph(paragraphs: Paragraph[], marks: Mark[]): Mark[][] {
  const buckets: Mark[][] = paragraphs.map(() => [])
  for (const mark of marks) {
    // the first paragraph that ends after the mark starts
    let lo = 0
    let hi = paragraphs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (paragraphs[mid].end <= mark.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < paragraphs.length && paragraphs[i].start < mark.end; i++) buckets[i].push(mark)
  }
  return buckets
}
