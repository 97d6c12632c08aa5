// A page's tree without what is never read, built as the page is parsed: a news page is a third article and
// two thirds scripts, styles, inline SVG icons, tracking attributes, form controls and page furniture, and
// every node costs time and memory in each pass over the tree that follows.
//
//   <div class="story" data-track='{"id": 7}' onclick="…"><svg>…</svg><p>Rain fell.</p><script>…</script></div>
//     → <div class="story"><p>Rain fell.</p></div>
//
// The parser is htmlparser2's; the tree is domhandler's (the one htmlparser2 builds), made here from the
// parser's events: every element it opens or closes, implied or written, less the pruned ones. Entities are
// decoded. JSON-LD scripts are kept: they are the page's most trusted metadata. `pruneMarkup` writes the tree
// out as markup, for reading what was kept.
//
// With `furniture`, the page's furniture that removeBoilerplate would take out (a <nav>, an <aside>, a footer,
// a landmark; then an element whose class or id names furniture: boilerplate.ts) is left out here already,
// when nothing about it can change what is read:
//   - it lies in the <body> of a page whose <html> holds a <head> and that <body>, and in no other furniture
//     (whose share of the page's paragraphs it counts in); furniture by its name holds none by what it is
//     (which removeBoilerplate takes out first, changing the share of what holds it);
//   - it holds less than half of the page's paragraph text (more, and removeBoilerplate keeps it);
//   - neither it, nor anything in it, nor anything around it is something the metadata is read from (a <time>,
//     microdata, an author link or byline, a heading: page-metadata.ts), whose text it would change.
// The paragraph text it held is handed on, since removeBoilerplate weighs elements against the page's total.
import { Document, Element, Text, type ChildNode, type ParentNode } from 'domhandler'
import { furnitureNames, isContainer, isFurnitureElement, type Verdicts } from './furniture-elements'
import { AttributeFilterParser } from './attribute-filter-parser'
import { isReadAttribute, keptAttributes } from './kept-attributes'
import { isMetadataElement } from './page-metadata'
import { SkippingTokenizer } from './skipping-tokenizer'

/** Elements whose content is never article text (form controls included: their labels are not the story). */
const DROPPED = new Set([
  'script', 'style', 'svg', 'math', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'select', 'textarea', 'button', 'input', 'map',
])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const BLANK = /^[ \t\n\f\r]*$/

export interface PrunedTree {
  root: Document
  /** Characters of paragraph text in the furniture left out (with `furniture`), which the page's total counts. */
  furnitureText: number
}

export interface PrunedMarkup {
  markup: string
  furnitureText: number
}

/** An element written out and not yet closed. */
interface Open {
  name: string
  node: Element
  /** The running sums of text when it opened (see `counted`). */
  textBefore: number
  weightedBefore: number
  /** How many paragraphs it lies in. */
  inParagraphs: number
  inBody: boolean
  /** The metadata reads it, something in it, or something around it. */
  read: boolean
  readInside: boolean
  readAround: boolean
  /** It is furniture by what it is (not a container such as <article>), lies in such furniture, holds some. */
  furniture: boolean
  inFurniture: boolean
  furnitureInside: boolean
  /** It is furniture by its class or id only, or lies in such furniture. */
  named: boolean
  inNamed: boolean
}

/** Furniture that may be left out, once the page's total is known. */
interface Left {
  node: Element
  paragraphText: number
  text: number
  inParagraphs: number
  name: string
}

/** The page's markup as kept: the pruned tree written out. */
export function pruneMarkup(html: string, options: { furniture?: boolean } = {}): PrunedMarkup {
  const { root, furnitureText } = prunedTree(html, options)
  return { markup: markupOf(root.children), furnitureText }
}

/** `verdicts`: what class names say, for the page's later passes (furniture-elements.ts). */
export function prunedTree(html: string, options: { furniture?: boolean; verdicts?: Verdicts } = {}): PrunedTree {
  const root = new Document([])
  const verdicts = options.verdicts ?? new Map<string, boolean>()
  // the elements open inside a dropped one, itself first; the parser may end an element twice ("<svg><path d="
  // cut off at the end of a page), so an end counts only for the element open last
  const dropping: string[] = []
  let jsonLd = false
  const open: Open[] = []
  let paragraphs = 0 // open <p> elements
  const candidates: Left[] = []
  let pageText = 0
  // the outline a left-out element is sure to be in the body of: <html> alone, holding <head> then <body>
  const topLevel: string[] = []
  const inHtml: string[] = []

  const opened = (name: string, attributes: Record<string, string>, kept = keptAttributes(name, attributes)) => {
    const parent = open.length > 0 ? open[open.length - 1] : null
    const node = new Element(name, kept)
    append(parent === null ? root : parent.node, node)
    if (parent === null) topLevel.push(name)
    else if (open.length === 1 && parent.name === 'html') inHtml.push(name)
    const inBody = parent !== null && (parent.inBody || parent.name === 'body')
    const furniture = options.furniture === true && inBody && !isContainer(name) && isFurnitureElement(name, attributes.role ?? null)
    open.push({
      name, node, textBefore: text, weightedBefore: weighted, inParagraphs: paragraphs, inBody,
      read: isMetadataElement(name, attributes), readInside: false,
      readAround: parent !== null && (parent.read || parent.readAround),
      furniture, inFurniture: parent !== null && (parent.furniture || parent.inFurniture), furnitureInside: false,
      named: options.furniture === true && inBody && !furniture && !isContainer(name) && furnitureNames(attributes.class ?? null, attributes.id ?? null, verdicts),
      inNamed: parent !== null && (parent.named || parent.inNamed),
    })
    if (name === 'p') paragraphs++
  }
  const closed = () => {
    const element = open.pop()!
    // its text, and the text of the paragraphs inside it (its own left out): of the text since it opened, each
    // character counts once for each paragraph it was in beyond those this element lies in or is
    const ownText = text - element.textBefore
    const paragraphText = weighted - element.weightedBefore - ownText * paragraphs
    if (element.name === 'p') paragraphs--
    const parent = open.length > 0 ? open[open.length - 1] : null
    if (parent !== null && (element.read || element.readInside)) parent.readInside = true
    if (parent !== null && (element.furniture || element.furnitureInside)) parent.furnitureInside = true
    if (element.name === 'body' && !element.inBody) pageText = paragraphText
    const unread = !element.read && !element.readInside && !element.readAround
    const byWhatItIs = element.furniture && !element.inFurniture
    const byName = element.named && !element.inFurniture && !element.inNamed && !element.furnitureInside
    if (unread && (byWhatItIs || byName)) {
      const { node, inParagraphs, name } = element
      candidates.push({ node, paragraphText, text: ownText, inParagraphs, name })
    }
  }
  // running sums over the text so far: its characters, and its characters times the paragraphs each was in
  let text = 0
  let weighted = 0
  const counted = (length: number) => {
    text += length
    weighted += length * paragraphs
  }

  const parser = new AttributeFilterParser(
    {
      onopentag(name, attributes) {
        if (dropping.length > 0) {
          if (!VOID.has(name)) dropping.push(name)
        } else if (name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json') {
          jsonLd = true
          opened(name, attributes, { type: 'application/ld+json' })
        } else if (DROPPED.has(name) || (name === 'link' && !/\bcanonical\b/i.test(attributes.rel ?? '')) || (name === 'img' && placeholder(attributes))) {
          // <link>: stylesheets, icons, preloads; only the canonical address is read
          if (!VOID.has(name)) dropping.push(name)
        } else {
          opened(name, attributes)
        }
      },
      ontext(chunk) {
        if (dropping.length > 0) return
        // the line breaks between the <meta> and <title> tags of a head are nodes nothing reads
        if (open.length > 0 && open[open.length - 1].name === 'head' && BLANK.test(chunk)) return
        counted(chunk.length)
        const parent = open.length > 0 ? open[open.length - 1].node : root
        // the parser may hand one text over in pieces: they are one node, as in any tree of the page
        const last = parent.children.length > 0 ? parent.children[parent.children.length - 1] : null
        if (last instanceof Text) last.data += chunk
        else append(parent, new Text(chunk))
      },
      onclosetag(name) {
        if (jsonLd && name === 'script') {
          jsonLd = false
          closed()
        } else if (dropping.length > 0) {
          if (dropping[dropping.length - 1] === name) dropping.pop()
        } else if (open.length > 0 && open[open.length - 1].name === name) {
          // (not the end the parser gives at once to a dropped <link> or <input>, nor a second end)
          closed()
        }
      },
    },
    // the tokenizer steps over plain text in one search, not a character at a time (skipping-tokenizer.ts)
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: SkippingTokenizer },
    // the attributes nothing here or later reads are never cut from the page (attribute-filter-parser.ts)
    isReadAttribute,
  )
  parser.write(html)
  parser.end()

  let furnitureText = 0
  const outline = topLevel.length === 1 && topLevel[0] === 'html' && (inHtml[0] === 'body' || (inHtml[0] === 'head' && inHtml[1] === 'body'))
  if (outline) {
    for (const left of candidates) {
      if (left.paragraphText > pageText * 0.5) continue // removeBoilerplate keeps what holds most of the page
      detach(left.node)
      // its paragraphs went, and its text from the paragraphs around it
      furnitureText += left.paragraphText + (left.name === 'p' ? left.text : 0) + left.text * left.inParagraphs
    }
  }
  return { root, furnitureText }
}

function append(parent: ParentNode, node: ChildNode): void {
  const last = parent.children.length > 0 ? parent.children[parent.children.length - 1] : null
  parent.children.push(node)
  node.parent = parent
  node.prev = last
  node.next = null
  if (last !== null) last.next = node
}

function detach(node: ChildNode): void {
  if (node.prev) node.prev.next = node.next
  if (node.next) node.next.prev = node.prev
  if (node.parent) node.parent.children.splice(node.parent.children.indexOf(node), 1)
  node.parent = node.prev = node.next = null
}

/** Nodes as markup: text escaped where markup needs it, a script's text (JSON-LD) as written. */
function markupOf(nodes: ChildNode[]): string {
  let markup = ''
  for (const node of nodes) {
    if (node instanceof Text) {
      markup += node.parent instanceof Element && node.parent.name === 'script' ? node.data : node.data.replace(/[&<>]/g, escape)
    } else if (node instanceof Element) {
      let attributes = ''
      for (const name in node.attribs) attributes += ` ${name}="${node.attribs[name].replace(/[&"]/g, escape)}"`
      markup += `<${node.name}${attributes}>`
      if (!VOID.has(node.name)) markup += `${markupOf(node.children)}</${node.name}>`
    }
  }
  return markup
}

/** An image is never text; the metadata's (an author's photo with class="author") stay for its searches. */
function placeholder(attributes: Record<string, string>): boolean {
  return !isMetadataElement('img', attributes)
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escape = (character: string) => ESCAPES[character]
