// `--format html`: a self-contained page that shows each article with who said what marked in it
// (src/render/html/). One input → a page for that article; several → the corpus summary and one
// collapsible section per article. The CLI streams it (html/html-stream.ts); this is the same page at once.
import type { Analysis } from '../model'
import { summarize } from '../summary/corpus-summary'
import type { RenderOptions } from './render-options'
import { createHtmlStream } from './html/html-stream'

export function renderHtml(analyses: Analysis[], options: RenderOptions): string {
  let out = ''
  const stream = createHtmlStream({ ...options, summaryOnly: false }, (text) => (out += text))
  for (const analysis of analyses) stream.article(analysis)
  stream.end(summarize(analyses))
  return out
}
