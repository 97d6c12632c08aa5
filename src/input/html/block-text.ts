// An element's text as the analyzer reads an article: one paragraph a block, paragraphs joined by a blank line.
//
//   <p>“It was terrifying,” she said.</p><p>The storm passed at 3am.</p>
//     → “It was terrifying,” she said.\n\nThe storm passed at 3am.
//
// The markup decides the breaks, never the page's own line breaks: a minified page with every paragraph on one
// line still gets its blank lines, and a paragraph wrapped over several source lines stays one paragraph
// (quotes and floating quote paragraphs depend on paragraph breaks). Two line breaks in a row end a paragraph:
// pages without <p> elements write "First paragraph.<br><br>Second one.". Entities arrive decoded from the parser;
// scripts, styles and other things that are never read as text are skipped, as are hidden elements.
import { attribute, isElement, isText, type DomElement, type DomNode } from './dom'

export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
])
const CELLS = new Set(['td', 'th'])
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'select', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link',
])
/** Invisible characters a page uses for line-breaking hints: "news\u00adpaper", "a\u200bb". */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g

export function blockText(root: DomElement): string {
  const paragraphs: string[] = []
  let line = ''
  let lines: string[] = []
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim()
    if (text) lines.push(text)
    line = ''
  }
  // a line break right after another one, nothing but spaces between: a paragraph break ("<br><br>")
  let afterBreak = false
  const endParagraph = () => {
    afterBreak = false
    endLine()
    if (lines.length > 0) paragraphs.push(lines.join('\n'))
    lines = []
  }

  const text = (node: DomNode & { data: string }, pre: boolean) => {
    const data = node.data.replace(INVISIBLE, '')
    if (afterBreak && /\S/.test(data)) afterBreak = false
    if (!pre) line += data
    else {
      // preformatted text keeps its own lines
      const parts = data.split(/\r\n|\r|\n/)
      parts.forEach((part, i) => {
        if (i > 0) endLine()
        line += part
      })
    }
  }

  // the nodes still to visit, last first, and the elements to leave once what is inside them is visited;
  // without recursion: pages nest deep
  const stack: Array<{ node: DomNode; pre: boolean; leaving: boolean }> = [{ node: root, pre: false, leaving: false }]
  while (stack.length > 0) {
    const { node, pre, leaving } = stack.pop()!
    if (isText(node)) {
      text(node, pre)
      continue
    }
    if (!isElement(node)) continue
    const tag = node.name
    if (leaving) {
      if (BLOCKS.has(tag)) endParagraph()
      // words in neighbouring cells or inline images must not run together ("Score</td><td>12")
      else if (CELLS.has(tag) || tag === 'img') line += ' '
      continue
    }
    if (NEVER_TEXT.has(tag) || isHidden(node)) continue
    if (tag === 'br') {
      if (afterBreak && !line.trim()) endParagraph()
      else endLine()
      afterBreak = true
      continue
    }
    if (BLOCKS.has(tag)) endParagraph()
    else if (CELLS.has(tag) && line.trim()) line += ' | '
    stack.push({ node, pre, leaving: true })
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], pre: pre || tag === 'pre', leaving: false })
  }
  endParagraph()
  return paragraphs.join('\n\n')
}

/** `hidden`, or an inline display:none or visibility:hidden: never shown to a reader. */
export function isHidden(element: DomElement): boolean {
  if (attribute(element, 'hidden') !== null) return true
  const style = attribute(element, 'style')
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)
}
