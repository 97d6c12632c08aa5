// What each element of a page holds, counted once for all of them in one walk from the innermost out: the
// characters of its text (a run of spaces counted as one), those inside links, its commas, and the same for its
// own running text (text nodes and inline elements, not what sits in a block inside it). The article finder
// (article-container.ts) weighs every element by these:
//
//   <div class="story"><p>Rain fell, and fell.</p><p><a href="/x">More</a></p></div>
//     div: text 19, links 4, commas 1, own text 0;  first p: own text 15, commas 1;  second p: own links 4
import { BLOCKS, isHidden, NEVER_TEXT } from './block-text'
import { elementsIn, isElement, isText, type DomElement } from './dom'

export interface TextFigures {
  /** The elements in document order, and for each the index just past its insides (elementsIn). */
  elements: DomElement[]
  ends: number[]
  index: Map<DomElement, number>
  text: Int32Array
  links: Int32Array
  commas: Int32Array
  ownText: Int32Array
  ownLinks: Int32Array
  ownCommas: Int32Array
}

/** The figures of every element inside `root`. Hidden elements and those never read as text count nothing. */
export function textFigures(root: DomElement): TextFigures {
  const { elements, ends } = elementsIn(root)
  const n = elements.length
  const index = new Map<DomElement, number>()
  for (let i = 0; i < n; i++) index.set(elements[i], i)
  const figures: TextFigures = {
    elements, ends, index,
    text: new Int32Array(n), links: new Int32Array(n), commas: new Int32Array(n),
    ownText: new Int32Array(n), ownLinks: new Int32Array(n), ownCommas: new Int32Array(n),
  }
  const { text, links, commas, ownText, ownLinks, ownCommas } = figures
  // an element's insides come after it in document order: from the last element back, each element's children
  // are counted before it
  for (let i = n - 1; i >= 0; i--) {
    const element = elements[i]
    if (NEVER_TEXT.has(element.name) || isHidden(element)) continue
    let all = 0
    let allLinks = 0
    let allCommas = 0
    let own = 0
    let ownLinked = 0
    let ownCommaCount = 0
    for (const child of element.children) {
      if (isText(child)) {
        const [length, commaCount] = measure(child.data)
        all += length
        allCommas += commaCount
        own += length
        ownCommaCount += commaCount
      } else if (isElement(child)) {
        const c = index.get(child)!
        all += text[c]
        allLinks += links[c]
        allCommas += commas[c]
        // a block inside a paragraph is a paragraph of its own
        if (!BLOCKS.has(child.name)) {
          own += text[c]
          ownLinked += links[c]
          ownCommaCount += commas[c]
        }
      }
    }
    if (element.name === 'a') {
      allLinks = all
      ownLinked = own
    }
    text[i] = all
    links[i] = allLinks
    commas[i] = allCommas
    ownText[i] = own
    ownLinks[i] = ownLinked
    ownCommas[i] = ownCommaCount
  }
  return figures
}

const SPACE = new Set([9, 10, 12, 13, 32, 0xa0])

/** Characters of `data` with each run of white space counted as one, and its commas (",", "،", "，"). */
function measure(data: string): [number, number] {
  let length = 0
  let commaCount = 0
  let space = true // leading white space counts as the run before it
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i)
    if (SPACE.has(code)) {
      if (!space) length++
      space = true
      continue
    }
    space = false
    length++
    if (code === 44 || code === 0x60c || code === 0xff0c) commaCount++
  }
  return [length, commaCount]
}
