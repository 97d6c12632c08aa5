// The one place the page's tree is built, and the little this code asks of it. The tree is domhandler's (the
// one htmlparser2 builds): plain objects with a name, attributes, children and a parent, no selectors, no
// listeners, no live collections. A news page is thousands of nodes, and a browser-like DOM costs several times
// the time and garbage of the tree for what this reader does with it (walks, text, removing an element).
//
// htmlparser2 builds the tree the markup spells out and no more: a page that leaves out <html>, <head> or
// <body> (all optional in HTML, and often dropped by minifiers: "<title>Storm</title><p>Gusts of 110 mph …")
// would have no body for the article to be found in. parsePage supplies the missing elements, so every page
// has <html><head>…</head><body>…</body></html>. The tree is built without what is never read (prune-markup.ts).
import { Element, isTag, isText, type AnyNode, type ChildNode, type ParentNode } from 'domhandler'
import { DomUtils } from 'htmlparser2'
import type { Verdicts } from './furniture-elements'
import { prunedTree } from './prune-markup'

export type DomNode = ChildNode
export type DomElement = Element

export interface DomDocument {
  documentElement: DomElement
  head: DomElement
  body: DomElement
}

/** Elements that belong in <head> when a page leaves the <head> tag out. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style'])

export interface ParsedPage {
  document: DomDocument
  /** Paragraph text in the furniture left out before the document was built (removeBoilerplate counts it). */
  furnitureText: number
  /** What the page's class names say about furniture, judged as it was built (furniture-elements.ts). */
  verdicts: Verdicts
}

/** The page's document; with `furniture`, built without the furniture that is sure to go (prune-markup.ts). */
export function parsePage(html: string, options: { furniture?: boolean } = {}): ParsedPage {
  const verdicts: Verdicts = new Map()
  const { root, furnitureText } = prunedTree(html, { ...options, verdicts })
  let documentElement = root.children.find((node): node is Element => isTag(node) && node.name === 'html')
  if (documentElement === undefined) {
    documentElement = new Element('html', {})
    for (const node of [...root.children]) DomUtils.appendChild(documentElement, node)
    DomUtils.appendChild(root, documentElement)
  }
  return { document: withHeadAndBody(documentElement), furnitureText, verdicts }
}

/** The page's document, all of it but what is never read. */
export function parseDocument(html: string): DomDocument {
  return parsePage(html).document
}

function withHeadAndBody(documentElement: DomElement): DomDocument {
  const children = documentElement.children.filter(isTag)
  let head = children.find((child) => child.name === 'head')
  let body = children.find((child) => child.name === 'body')
  if (body !== undefined) return { documentElement, head: head ?? new Element('head', {}), body }
  head ??= new Element('head', {})
  body = new Element('body', {})
  for (const node of [...documentElement.children]) {
    if (node === head) continue
    const headPart = isTag(node) && HEAD_ELEMENTS.has(node.name) && body.children.length === 0
    DomUtils.appendChild(headPart ? head : body, node)
  }
  DomUtils.appendChild(documentElement, head)
  DomUtils.appendChild(documentElement, body)
  return { documentElement, head, body }
}

export const isElement = (node: AnyNode): node is DomElement => isTag(node)
export { isText }

/** An attribute's value as written (decoded), or null. */
export function attribute(element: DomElement, name: string): string | null {
  return element.attribs[name] ?? null
}

/**
 * The text of everything inside `node`, as a browser's textContent: every text node, scripts' included. With a
 * `limit`, the walk stops once the text is longer (a caller that only weighs short text need not read a page).
 */
export function textOf(node: AnyNode, limit = Infinity): string {
  if (isText(node)) return node.data
  if (!('children' in node)) return ''
  let text = ''
  const stack: ChildNode[] = [...node.children].reverse()
  while (stack.length > 0 && text.length <= limit) {
    const next = stack.pop()!
    if (isText(next)) text += next.data
    else if (isTag(next)) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i])
  }
  return text
}

/** Where a node was before a reading moved it: its parent, and its place among the parent's children. */
interface Move {
  node: ChildNode
  parent: ParentNode
  index: number
}

/** The moves of the reading under way in `undoable`, else null. */
let journal: Move[] | null = null

function noted(node: ChildNode): void {
  if (journal !== null && node.parent !== null) journal.push({ node, parent: node.parent, index: node.parent.children.indexOf(node) })
}

/**
 * Runs `read`, noting every node it takes out of the tree or moves (removeNode, gathered), and gives a way to
 * put the tree back as it was: a page whose first reading gave a short body is read once more, by its text
 * alone, on the same tree (read-page.ts), without parsing the page again.
 */
export function undoable<T>(read: () => T): { value: T; undo: () => void } {
  const moves: Move[] = []
  const outer = journal
  journal = moves
  try {
    const value = read()
    return { value, undo: () => undoMoves(moves) }
  } finally {
    journal = outer
  }
}

/** The moves taken back, the last first: each node goes back where it was when it moved. */
function undoMoves(moves: Move[]): void {
  for (let m = moves.length - 1; m >= 0; m--) {
    const { node, parent, index } = moves[m]
    if (node.parent !== null) DomUtils.removeElement(node)
    const prev = index > 0 ? parent.children[index - 1] : null
    const next = index < parent.children.length ? parent.children[index] : null
    parent.children.splice(index, 0, node)
    node.parent = parent
    node.prev = prev
    node.next = next
    if (prev !== null) prev.next = node
    if (next !== null) next.prev = node
  }
  moves.length = 0
}

/** Takes `node` out of the tree. */
export function removeNode(node: ChildNode): void {
  noted(node)
  DomUtils.removeElement(node)
}

/** A new <div> holding `nodes`, taken from where they were, in the order given. */
export function gathered(nodes: DomNode[]): DomElement {
  const holder = new Element('div', {})
  for (const node of nodes) {
    noted(node)
    DomUtils.appendChild(holder, node)
  }
  return holder
}

/** The element's child elements. */
export function childElements(element: ParentNode): DomElement[] {
  return element.children.filter(isTag)
}

/**
 * The elements inside `root` in document order, and for the i-th the index just past the last element inside
 * it: one walk that code asking about every element shares, and a way to step over what was inside an element
 * that was removed. Without recursion: pages nest deep.
 */
export function elementsIn(root: ParentNode | DomDocument): { elements: DomElement[]; ends: number[] } {
  const start: ParentNode = 'documentElement' in root ? (root.documentElement.parent ?? root.documentElement) : root
  const elements: DomElement[] = []
  const ends: number[] = []
  const open: number[] = [] // the elements whose insides are being listed
  let node: ChildNode | null = start.children.length > 0 ? start.children[0] : null
  while (node !== null) {
    if (isTag(node)) {
      const index = elements.push(node) - 1
      ends.push(0)
      if (node.children.length > 0) {
        open.push(index)
        node = node.children[0]
        continue
      }
      ends[index] = elements.length
    }
    // the next node after this one and what it is inside of: its sibling, or the sibling of an element around it
    while (node !== null && node.next === null) {
      const parent = open.pop()
      if (parent === undefined) node = null
      else {
        ends[parent] = elements.length
        node = elements[parent]
      }
    }
    if (node !== null) node = node.next
  }
  return { elements, ends }
}
