// Page furniture that is not the story, taken out before the story's container is sought (article-container.ts)
// and again from the elements found (which keep whatever sits inside the article's own container):
//
//   before   <nav>, <aside>, <footer>, <figcaption>, landmarks (role="navigation", "complementary", …), and
//            elements whose class or id names furniture: share bars, newsletter and subscription boxes,
//            related and "more stories" lists, comments, cookie banners, breadcrumbs, bylines and author
//            boxes, captions and credits, text meant for screen readers only ("Image caption")
//   after    short paragraphs that are furniture by their words ("READ MORE: Storm closes schools",
//            "Sign up to our newsletter", "Media playback is unsupported on your device"), lines that are
//            only a date ("PUBLISHED: 09:12, Wed, Mar 4, 2020"), and lists or paragraphs that are all links
//            (a "You may also like" list of other stories)
// An element holding most of the page's paragraphs is never removed by its name, whatever its class says.
import { attribute, elementsIn, isElement, isText, removeNode, textOf, type DomDocument, type DomElement } from './dom'
import { furnitureNames, isContainer, isFurnitureElement, type Verdicts } from './furniture-elements'
import { furnitureParagraph, mostlyLinks } from './furniture-text'

/**
 * Takes the furniture out of the page's body. `furnitureText`: paragraph text in furniture that was left out
 * before the document was built (prune-markup.ts), which still counts in the page's total; `verdicts`: what
 * the page's class names were found to say when it was (furniture-elements.ts).
 */
export function removeBoilerplate(document: DomDocument, furnitureText = 0, verdicts: Verdicts = new Map()): void {
  const body = document.body
  const whole = paragraphTexts(body)
  const pageText = whole.total + furnitureText
  const keep = (element: DomElement, i: number, text: number[]) => isContainer(element.name) || text[i] > pageText * 0.5
  // first the elements that are furniture by what they are, then those named so by the page
  removeWhere(whole, (element, i, text) => isFurnitureElement(element.name, attribute(element, 'role')) && !keep(element, i, text))
  removeWhere(paragraphTexts(body), (element, i, text) => namesFurniture(element, verdicts) && !keep(element, i, text))
}

/**
 * Removes, in document order, the elements that `remove` picks, given each element's paragraph text as it is
 * before any of them goes (the elements after one that goes are not inside it, so theirs stays so).
 */
function removeWhere(page: ParagraphTexts, remove: (element: DomElement, i: number, text: number[]) => boolean): void {
  const { elements, ends, text } = page
  for (let i = 0; i < elements.length; i++) {
    if (!remove(elements[i], i, text)) continue
    removeNode(elements[i])
    i = ends[i] - 1 // what was inside it went with it
  }
}

/** Elements that read as a paragraph or a list of them, furniture or not by their words and links. */
const PARAGRAPH_LIKE = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'ul', 'ol', 'blockquote'])
/** Text longer than this, white space and all, is far beyond furniture's 160 characters (furniture-text.ts). */
const LONG_RAW_TEXT = 2000

export function removeBoilerplateParagraphs(content: DomElement): void {
  const { elements, ends } = elementsIn(content)
  const { texts, links, linked } = textsOf(elements)
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]
    if (!PARAGRAPH_LIKE.has(element.name)) continue
    const block = element.name !== 'span' && element.name !== 'div'
    // a <div> or <span> is weighed by its words only, which a long one never has
    if (!block && texts[i].length > LONG_RAW_TEXT) continue
    const text = squeezed(texts[i])
    if (text === '') continue
    if (furnitureParagraph(text) || (block && mostlyLinks(element.name, text, links[i], linked[i]))) {
      removeNode(element)
      i = ends[i] - 1 // what was inside it went with it
    }
  }
}

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * The text of each element (textOf), the links inside it and the characters of their text, made from the
 * innermost element out, each text once: reading each element's insides on its own takes time in the square
 * of the depth where elements nest deep (<ul><li><ul><li>…). An element removed later leaves these as they
 * are: nothing inside it is read after it goes.
 */
function textsOf(elements: DomElement[]): { texts: string[]; links: number[]; linked: number[] } {
  const index = new Map<DomElement, number>()
  for (let i = 0; i < elements.length; i++) index.set(elements[i], i)
  const texts = new Array<string>(elements.length)
  const links = new Array<number>(elements.length)
  const linked = new Array<number>(elements.length)
  for (let i = elements.length - 1; i >= 0; i--) {
    let text = ''
    let count = 0
    let characters = 0
    for (const child of elements[i].children) {
      if (isText(child)) text += child.data
      else if (isElement(child)) {
        const c = index.get(child)!
        text += texts[c]
        count += links[c]
        characters += linked[c]
        if (child.name === 'a') {
          count++
          characters += squeezed(texts[c]).length
        }
      }
    }
    texts[i] = text
    links[i] = count
    linked[i] = characters
  }
  return { texts, links, linked }
}

/** `verdicts`: what each class name or id was found to say, kept for one page. */
export function namesFurniture(element: DomElement, verdicts?: Verdicts): boolean {
  return furnitureNames(attribute(element, 'class'), attribute(element, 'id'), verdicts)
}

/**
 * Characters of paragraph text inside each element of `root` and in `root` itself, its own text left out when
 * it is a paragraph: what an article is made of. One walk, however many elements ask.
 */
function paragraphTexts(root: DomElement): ParagraphTexts {
  const { elements, ends } = elementsIn(root)
  // before[i]: paragraph text of the elements before the i-th, in document order
  const before = new Array<number>(elements.length + 1)
  before[0] = 0
  for (let i = 0; i < elements.length; i++) before[i + 1] = before[i] + (elements[i].name === 'p' ? textOf(elements[i]).length : 0)
  const text = new Array<number>(elements.length)
  for (let i = 0; i < elements.length; i++) text[i] = before[ends[i]] - before[i + 1]
  return { elements, ends, text, total: before[elements.length] }
}

/** The elements inside a root (elementsIn), the paragraph text inside each, and inside the root. */
interface ParagraphTexts {
  elements: DomElement[]
  ends: number[]
  text: number[]
  total: number
}
