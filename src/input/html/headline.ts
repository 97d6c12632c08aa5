// The story's headline as the page repeats it above the story, which the body leaves out: the title is the
// article's `title`, not its first paragraph.
//
//   title "Storm closes valley schools"
//   <h1>Storm closes valley schools</h1>            → the headline (all of its words are the title's)
//   <h2>Storm closes valley schools again</h2>     → the headline (most of its letters are in the title's words)
//   <h2>What the council said</h2>                 → a subheading of the story, kept
import { elementsIn, textOf, type DomElement } from './dom'

const WORD = /[\p{L}\p{N}]+/gu

/** The first <h1> or <h2> in `root` whose words are mostly the title's, or null. */
export function repeatedHeadline(root: DomElement, title: string | null): DomElement | null {
  if (!title) return null
  const titleWords = new Set(title.toLowerCase().match(WORD) ?? [])
  if (titleWords.size === 0) return null
  for (const element of elementsIn(root).elements) {
    if (element.name !== 'h1' && element.name !== 'h2') continue
    const words = textOf(element).toLowerCase().match(WORD) ?? []
    const letters = words.reduce((sum, word) => sum + word.length, 0)
    if (letters === 0) continue
    const shared = words.reduce((sum, word) => sum + (titleWords.has(word) ? word.length : 0), 0)
    if (shared / letters > 0.75) return element
  }
  return null
}
