// A page's markup without what is never read, before the DOM is built: a news page is a third article and two
// thirds scripts, styles, inline SVG icons, tracking attributes and form controls, and every node the DOM
// builds costs time (linkedom gives each node and attribute its own listener table), so the document is
// built from the rest.
//
//   <div class="story" data-track='{"id": 7}' onclick="…"><svg>…</svg><p>Rain fell.</p><script>…</script></div>
//     → <div class="story"><p>Rain fell.</p></div>
//
// The tokenizer is htmlparser2's, the one linkedom itself parses with, so the tree built from the pruned
// markup is the tree of the page minus the pruned parts: every tag it opens or closes, implied or written, is
// written out explicitly. Text and attribute values stay as written (entities are decoded once, by the DOM).
// JSON-LD scripts are kept: they are the page's most trusted metadata.
import { Parser } from 'htmlparser2'

/** Elements whose content is never article text (form controls included: their labels are not the story). */
const DROPPED = new Set([
  'script', 'style', 'svg', 'math', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'select', 'textarea', 'button', 'input', 'map',
])
/** The attributes something reads: the reader (boilerplate.ts, page-metadata.ts) or Readability. */
const KEPT_ATTRIBUTES = new Set([
  'class', 'id', 'role', 'hidden', 'aria-hidden', 'style', 'lang', 'href', 'rel', 'itemprop', 'content', 'name',
  'property', 'http-equiv', 'charset', 'datetime', 'pubdate', 'type', 'colspan',
])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

export function pruneMarkup(html: string): string {
  const out: string[] = []
  let dropping = 0 // depth inside a dropped element
  let jsonLd = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping > 0) {
          if (!VOID.has(name)) dropping++
        } else if (name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json') {
          jsonLd = true
          out.push('<script type="application/ld+json">')
        } else if (DROPPED.has(name)) {
          if (!VOID.has(name)) dropping = 1
        } else {
          out.push(`<${name}${keptAttributes(attributes)}>`)
        }
      },
      ontext(text) {
        if (dropping === 0) out.push(text)
      },
      onclosetag(name) {
        if (jsonLd && name === 'script') {
          jsonLd = false
          out.push('</script>')
        } else if (dropping > 0) {
          if (!VOID.has(name)) dropping--
        } else if (!VOID.has(name)) {
          out.push(`</${name}>`)
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  return out.join('')
}

function keptAttributes(attributes: Record<string, string>): string {
  let kept = ''
  for (const name in attributes) {
    // values are written as they came; one that was in single quotes may hold a double quote
    if (KEPT_ATTRIBUTES.has(name)) kept += ` ${name}="${attributes[name].replace(/"/g, '&quot;')}"`
  }
  return kept
}
