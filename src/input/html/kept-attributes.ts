// The attributes of an element that the reader reads (boilerplate.ts, block-text.ts, article-container.ts,
// page-metadata.ts), kept in the pruned tree (prune-markup.ts). A news page has hundreds of links and inline
// styles whose attributes nothing looks at:
//
//   <a href="/news/storm" rel="noopener" style="color: red" data-track="x">  → <a>
//   <div style="display: none">, <a rel="author">, <link rel="canonical" href="/story">  → kept

/** Read wherever they appear. */
const KEPT = new Set([
  'class', 'id', 'role', 'hidden', 'aria-hidden', 'lang', 'itemprop', 'content', 'name', 'property', 'http-equiv',
  'charset', 'datetime', 'pubdate', 'colspan',
])

/** Kept when the value is one something reads; other values are as good as no attribute. */
const KEPT_IF = new Map<string, (value: string, element: string) => boolean>([
  // a hidden element is left out (block-text.ts); colours and margins are not read
  ['style', (value) => /display|visibility/i.test(value)],
  // the canonical address and <base>; a link's address is never read
  ['href', (_value, element) => element === 'link' || element === 'base'],
  // an author link (page-metadata.ts) and the canonical address
  ['rel', (value) => /author|canonical/i.test(value)],
])

/**
 * An attribute the tree is built from: kept, or read as the page is parsed (prune-markup.ts: a script's type,
 * which says JSON-LD). The parser leaves out every other (attribute-filter-parser.ts).
 */
export function isReadAttribute(name: string): boolean {
  return KEPT.has(name) || KEPT_IF.has(name) || name === 'type'
}

export function keptAttributes(element: string, attributes: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const name in attributes) {
    const value = attributes[name]
    if (KEPT.has(name) || KEPT_IF.get(name)?.(value, element)) kept[name] = value
  }
  return kept
}
