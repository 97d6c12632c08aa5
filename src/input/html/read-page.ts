// A web page → its article: the body text the analyzer reads, and what the page says about it.
// The entry point of src/input/html, loaded only when an input is HTML: `analyze --version` and plain-text
// runs never load the HTML parser.
import { extractArticleBody } from './article-body'
import { parsePage, undoable } from './dom'
import type { PageArticle } from './page-facts'
import { readPageMetadata } from './page-metadata'

/** Characters below which a body is read a second time (a short news story is some 1,500). */
const SHORT_BODY = 500

export type PageResult = { ok: true; article: PageArticle } | { ok: false; problem: string }

export interface ReadPageOptions {
  /** The address the page came from, for relative links and as its `url` when it names no canonical one. */
  address?: string | null
}

export function readPage(html: string, options: ReadPageOptions = {}): PageResult {
  const { document, furnitureText, verdicts } = parsePage(html, { furniture: true })
  // metadata first: the body's reader takes the page furniture out of the document
  const facts = readPageMetadata(document, { address: options.address })
  const first = undoable(() => extractArticleBody(document, { furnitureText, verdicts, title: facts.title }))
  let text = first.value
  if (text.length < SHORT_BODY) {
    // a short body may be a box that its class name made look like the story: read the page once more, by
    // its text alone, and keep the longer (the reading takes nodes out of the tree: they are put back first)
    first.undo()
    const byText = extractArticleBody(document, { furnitureText, verdicts, title: facts.title, textOnly: true })
    if (byText.length > text.length) text = byText
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, problem: 'no article text in this page' }
  return { ok: true, article: { ...facts, text } }
}
