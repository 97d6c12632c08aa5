// The one place the HTML parser (linkedom) is loaded, and the little of the DOM this code uses, typed here
// because the project is built without the browser's DOM types.
//
// linkedom builds the tree the markup spells out and no more: a page that leaves out <html>, <head> or <body>
// (all optional in HTML, and often dropped by minifiers: "<title>Storm</title><p>Gusts of 110 mph …") would
// have no body for the article to be found in, and a bare fragment would keep only its first element.
// parseDocument supplies the missing elements, so every page has <html><head>…</head><body>…</body></html>.
// The tree is built from the page's markup pruned of what is never read (prune-markup.ts).
import { parseHTML } from 'linkedom'
import { pruneMarkup } from './prune-markup'

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  parentNode: DomNode | null
  childNodes: ArrayLike<DomNode>
}

export interface DomElement extends DomNode {
  /** Upper case: "P", "DIV". */
  tagName: string
  id: string
  className: string
  children: ArrayLike<DomElement>
  firstElementChild: DomElement | null
  nextElementSibling: DomElement | null
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
  appendChild(node: DomNode): DomNode
  remove(): void
}

export interface DomDocument {
  documentElement: DomElement
  firstElementChild: DomElement | null
  head: DomElement
  body: DomElement
  title: string
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
  createElement(tagName: string): DomElement
}

/** Elements that belong in <head> when a page leaves the <head> tag out. */
const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE'])

export interface ParsedPage {
  document: DomDocument
  /** Paragraph text in the furniture left out before the document was built (removeBoilerplate counts it). */
  furnitureText: number
}

/** The page's document; with `furniture`, built without the furniture that is sure to go (prune-markup.ts). */
export function parsePage(html: string, options: { furniture?: boolean } = {}): ParsedPage {
  const { markup, furnitureText } = pruneMarkup(html, options)
  // without an <html> element linkedom keeps only the first element of a fragment as the whole document
  const wrapped = /<html[\s>]/i.test(markup) ? markup : `<html>${markup}</html>`
  const { document } = parseHTML(wrapped) as unknown as { document: DomDocument }
  supplyHeadAndBody(document)
  return { document, furnitureText }
}

/** The page's document, all of it but what is never read. */
export function parseDocument(html: string): DomDocument {
  return parsePage(html).document
}

function supplyHeadAndBody(document: DomDocument): void {
  const root = document.documentElement
  const children = Array.from(root.children)
  if (children.some((child) => child.tagName === 'BODY')) return
  const head = children.find((child) => child.tagName === 'HEAD') ?? document.createElement('head')
  const body = document.createElement('body')
  for (const node of Array.from(root.childNodes)) {
    if (node === head) continue
    const element = node.nodeType === ELEMENT_NODE ? (node as DomElement) : null
    const headPart = element !== null && HEAD_ELEMENTS.has(element.tagName) && body.childNodes.length === 0
    ;(headPart ? head : body).appendChild(node)
  }
  root.appendChild(head)
  root.appendChild(body)
}

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE

/**
 * The elements inside `root` in document order, and for the i-th the index just past the last element inside
 * it: one walk that code asking about every element shares (a selector query walks the whole page each time),
 * and a way to step over what was inside an element that was removed. Without recursion: pages nest deep.
 */
export function elementsIn(root: DomElement | DomDocument): { elements: DomElement[]; ends: number[] } {
  const elements: DomElement[] = []
  const ends: number[] = []
  const open: number[] = [] // the elements whose insides are being listed
  let node = root.firstElementChild
  while (node !== null) {
    const index = elements.push(node) - 1
    ends.push(0)
    const child = node.firstElementChild
    if (child !== null) {
      open.push(index)
      node = child
      continue
    }
    ends[index] = elements.length
    let next = node.nextElementSibling
    while (next === null && open.length > 0) {
      const parent = open.pop()!
      ends[parent] = elements.length
      next = elements[parent].nextElementSibling
    }
    node = next
  }
  return { elements, ends }
}
