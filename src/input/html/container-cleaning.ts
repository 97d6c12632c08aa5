// What sits inside the story's container but is not the story, told by its text rather than its name: a
// block with little text, or more than a fifth of it links, and no run of sentences (under 10 commas):
//
//   <div class="linkback">Related Roundup: <a>MacBook Pro</a></div>       links: gone
//   <div class="font-size"><div>–</div><div>A</div><div>+</div></div>   no text to speak of: gone
//   <div class="body-part"><p>The council said, on Monday, …</p> … </div>   prose: kept
// A block that is a paragraph itself (only running text in it: <div>Rain fell on <a>Millbrook</a>.</div>) is
// the story's text unless it is a short line of links; so is a table, unless it is mostly links.
import { hintWeight } from './article-container'
import { elementsIn, removeNode, type DomElement } from './dom'
import type { TextFigures } from './text-figures'

/** The blocks that are weighed; paragraphs, headings and the like are the furniture rules' (boilerplate.ts). */
const WEIGHED = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'aside', 'header'])
const FEW_COMMAS = 10
const LITTLE_TEXT = 25
const SHORT_LINE = 100

export function removeNonStoryBlocks(content: DomElement, figures: TextFigures): void {
  const { elements, ends } = elementsIn(content)
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]
    const f = figures.index.get(element)
    if (f === undefined || !WEIGHED.has(element.name)) continue
    if (notStory(element, f, figures)) {
      removeNode(element)
      i = ends[i] - 1 // what was inside it went with it
    }
  }
}

function notStory(element: DomElement, f: number, figures: TextFigures): boolean {
  const { text, links, commas, ownText } = figures
  if (commas[f] >= FEW_COMMAS) return false
  const paragraph = text[f] > 0 && ownText[f] === text[f]
  const weight = hintWeight(element)
  const density = text[f] > 0 ? links[f] / text[f] : 0
  if (element.name === 'table') return density > 0.5
  if (weight < 0) return true
  // a paragraph of the story, unless it is a short line of links ("Tag: <a>digitimes.com</a>")
  if (paragraph) return text[f] < SHORT_LINE && density > 0.3
  return text[f] < LITTLE_TEXT || (density > 0.2 && weight < 25) || density > 0.5
}
