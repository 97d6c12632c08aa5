// The attributes of an element that something reads, written out for the pruned markup (prune-markup.ts):
// the reader (boilerplate.ts, block-text.ts, page-metadata.ts) or Readability. Every attribute is a node of
// the DOM, and a news page has hundreds of links and inline styles that nothing looks at:
//
//   <a href="/news/storm" rel="noopener" style="color: red" data-track="x">  → <a>
//   <a href="#comments">, <a href="javascript:share()">                       → kept: Readability reads those
//   <div style="display: none">, <a rel="author">                             → kept
//
// Values arrive decoded and are written escaped ("AT&amp;T", a double quote in a value that was in single quotes).

/** Read wherever they appear. */
const KEPT = new Set([
  'class', 'id', 'role', 'hidden', 'aria-hidden', 'lang', 'itemprop', 'content', 'name', 'property', 'http-equiv',
  'charset', 'datetime', 'pubdate', 'colspan',
])

/** Kept when the value is one something reads; other values are as good as no attribute. */
const KEPT_IF = new Map<string, (value: string, element: string) => boolean>([
  // a hidden element is left out (block-text.ts, Readability's visibility test); colours and margins are not read
  ['style', (value) => /display|visibility/i.test(value)],
  // the canonical address and <base>; on a link, only an in-page "#…" link (Readability counts it as a third of
  // a link) and a "javascript:" one (Readability turns it into text) read differently from no address at all
  ['href', (value, element) => element === 'link' || element === 'base' || /^(?:#|&|javascript:)/.test(value)],
  // an author link (Readability's byline, page-metadata.ts) and the canonical address
  ['rel', (value) => /author|canonical/i.test(value)],
])

export function keptAttributes(element: string, attributes: Record<string, string>): string {
  let kept = ''
  for (const name in attributes) {
    const value = attributes[name]
    if (KEPT.has(name) || KEPT_IF.get(name)?.(value, element)) kept += ` ${name}="${value.replace(/[&"]/g, (character) => (character === '&' ? '&amp;' : '&quot;'))}"`
  }
  return kept
}
