// The article's body, not the page: Mozilla's Readability (the reader view of Firefox) picks the element that
// holds the story; the page furniture it keeps is taken out before and after (boilerplate.ts), and the result
// becomes paragraphs of text (block-text.ts).
//
// Readability changes the document it reads (it removes scripts, JSON-LD included): read the page's
// metadata first.
import { Readability } from '@mozilla/readability'
import { blockText } from './block-text'
import { removeBoilerplate, removeBoilerplateParagraphs } from './boilerplate'
import type { DomDocument, DomElement } from './dom'

/** `furnitureText`: paragraph text of the furniture left out before the document was built (dom.ts). */
export function extractArticleBody(document: DomDocument, furnitureText = 0): string {
  removeBoilerplate(document, furnitureText)
  const readability = new Readability<DomElement>(document as never, {
    // the element itself rather than its HTML: it becomes text here, with our paragraph rules
    serializer: (node) => node as unknown as DomElement,
    // its last pass strips every class attribute of the article, which nothing after it reads
    keepClasses: true,
  })
  const content = readability.parse()?.content ?? null
  if (content === null) return ''
  removeBoilerplateParagraphs(content)
  return blockText(content)
}
