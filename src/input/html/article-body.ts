// The article's body, not the page: the page furniture is taken out (boilerplate.ts), and the headline the
// page repeats above the story (headline.ts); the elements that hold the story are found by their running text
// (article-container.ts), the furniture inside them goes too, and the result becomes paragraphs of text
// (block-text.ts).
import { findArticleContainer } from './article-container'
import { blockText } from './block-text'
import { removeBoilerplate, removeBoilerplateParagraphs } from './boilerplate'
import { removeNonStoryBlocks } from './container-cleaning'
import type { Verdicts } from './furniture-elements'
import { gathered, removeNode, type DomDocument } from './dom'
import { repeatedHeadline } from './headline'

export interface BodyOptions {
  /** Paragraph text of the furniture left out before the document was built (dom.ts). */
  furnitureText?: number
  /** What the page's class names were found to say as it was built (dom.ts). */
  verdicts?: Verdicts
  /** The article's title (page-metadata.ts): the headline the page repeats above the story is left out. */
  title?: string | null
  /**
   * Found by the text alone: what class names say is not weighed, and no block inside the container is taken
   * out by its links (the second reading of a page whose first gave little: read-page.ts).
   */
  textOnly?: boolean
}

export function extractArticleBody(document: DomDocument, options: BodyOptions = {}): string {
  removeBoilerplate(document, options.furnitureText ?? 0, options.verdicts)
  const headline = repeatedHeadline(document.body, options.title ?? null)
  if (headline !== null) removeNode(headline)
  const { parts, figures } = findArticleContainer(document.body, { hints: options.textOnly !== true })
  // the siblings that joined the container are read as the container is, their own furniture taken out too
  const content = parts.length === 1 ? parts[0] : gathered(parts)
  if (options.textOnly !== true) removeNonStoryBlocks(content, figures)
  removeBoilerplateParagraphs(content)
  return blockText(content)
}
