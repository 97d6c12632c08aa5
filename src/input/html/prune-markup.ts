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
import { keptAttributes } from './kept-attributes'

/** Elements whose content is never article text (form controls included: their labels are not the story). */
const DROPPED = new Set([
  'script', 'style', 'svg', 'math', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'select', 'textarea', 'button', 'input', 'map',
])
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const BLANK = /^[ \t\n\f\r]*$/

export function pruneMarkup(html: string): string {
  const out: string[] = []
  let dropping = 0 // depth inside a dropped element
  let jsonLd = false
  const open: string[] = [] // the elements written and not yet closed
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping > 0) {
          if (!VOID.has(name)) dropping++
        } else if (name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json') {
          jsonLd = true
          out.push('<script type="application/ld+json">')
          open.push(name)
        } else if (DROPPED.has(name) || (name === 'link' && !/\bcanonical\b/i.test(attributes.rel ?? ''))) {
          // <link>: stylesheets, icons, preloads; only the canonical address is read
          if (!VOID.has(name)) dropping = 1
        } else {
          out.push(`<${name}${keptAttributes(name, attributes)}>`)
          if (!VOID.has(name)) open.push(name)
        }
      },
      ontext(text) {
        // the line breaks between the <meta> and <title> tags of a head are nodes nothing reads
        if (dropping === 0 && !(open[open.length - 1] === 'head' && BLANK.test(text))) out.push(text)
      },
      onclosetag(name) {
        if (jsonLd && name === 'script') {
          jsonLd = false
          open.pop()
          out.push('</script>')
        } else if (dropping > 0) {
          if (!VOID.has(name)) dropping--
        } else if (!VOID.has(name)) {
          open.pop()
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
