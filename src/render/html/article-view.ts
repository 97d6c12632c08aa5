// What every part of one article's report is drawn with: the speakers' colours, a prefix that keeps ids
// unique when a page holds many articles ("a2-q3" is quote q3 of the page's second article), whether the
// rules behind each quote are shown, and the level of the parts' headings (h2 alone, h3 inside a batch).
import type { Analysis } from '../../model'
import { colourSlots } from './palette'

export interface ArticleView {
  /** Speaker id → colour slot (palette.ts). */
  slots: Map<string, number>
  idPrefix: string
  explain: boolean
  /** The heading level of the report's parts: the speakers, the key, the timeline. */
  level: 2 | 3
}

export function articleView(analysis: Analysis, index: number, explain: boolean, level: 2 | 3): ArticleView {
  return { slots: colourSlots(analysis), idPrefix: `a${index}-`, explain, level }
}

/** `<h2 id="a1-speakers">Speakers</h2>`; `inner` is HTML. */
export function heading(view: ArticleView, id: string | null, inner: string): string {
  return `<h${view.level}${id ? ` id="${view.idPrefix}${id}"` : ''}>${inner}</h${view.level}>`
}
