// The skipping tokenizer gives the events of htmlparser2's own, to the character: the same tags, attributes,
// texts, comments and positions, on markup written to trip a tokenizer that jumps ahead.
import fc from 'fast-check'
import { Parser, Tokenizer } from 'htmlparser2'
import { SkippingTokenizer } from '../../../src/input/html/skipping-tokenizer'

type Event = (string | number | null)[]

/** Every event the parser gives, with where it says it is; the markup written whole, or in pieces of `chunk`. */
function events(html: string, tokenizer: typeof Tokenizer, chunk = 0): Event[] {
  const seen: Event[] = []
  let parser: Parser | null = null
  const record = (name: string) => (...args: unknown[]) => {
    seen.push([name, ...args.map((arg) => (typeof arg === 'object' ? JSON.stringify(arg) : (arg as string | number))), parser?.startIndex ?? null, parser?.endIndex ?? null])
  }
  const handlers = Object.fromEntries(
    ['onopentagname', 'onattribute', 'onopentag', 'ontext', 'onclosetag', 'oncomment', 'oncommentend', 'oncdatastart', 'oncdataend', 'onprocessinginstruction', 'onend']
      .map((name) => [name, record(name)]),
  )
  parser = new Parser(handlers, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: tokenizer })
  if (chunk > 0) for (let i = 0; i < html.length; i += chunk) parser.write(html.slice(i, i + chunk))
  else parser.write(html)
  parser.end()
  return seen
}

/** The texts and tags alone, for reading the expectations below. */
const outline = (seen: Event[]) => seen.filter(([name]) => name === 'ontext' || name === 'onopentag' || name === 'onclosetag').map(([name, value]) => (name === 'ontext' ? value : name === 'onopentag' ? `<${value}>` : `</${value}>`)).join('|')

describe('SkippingTokenizer', () => {
  it.each<[string, string, string]>([
    ['text, entities cut into it', '<p>Rain &amp; wind&mdash;all night</p>', '<p>|Rain |&| wind|—|all night|</p>'],
    ['an entity without its semicolon, and a near miss', '<p>AT&T &copy 2024 &notanentity; &ampx</p>', '<p>|AT&T |©| 2024 |¬|anentity; |&|x|</p>'],
    ['an entity cut off by a tag', '<p>Lee &amp<b>x</b></p>', '<p>|Lee |&|<b>|x|</b>|</p>'],
    ['a quoted attribute holding ">" and the other quote', '<div title="a > b" data-x=\'say "hi"\'>Rain</div>', '<div>|Rain|</div>'],
    ['an attribute with an entity', '<a title="Q&amp;A &quot;live&quot;">x</a>', '<a>|x|</a>'],
    ['an unquoted attribute', '<td colspan=2 class=a&amp;b>x</td>', '<td>|x|</td>'],
    ['a script holding markup and a near-miss end', '<script>if (a<b) s = "</scrip>" + "<\\/script>";</script><p>Rain</p>', '<script>|if (a<b) s = "</scrip>" + "<\\/script>";|</script>|<p>|Rain|</p>'],
    ['an upper-case script, ended in upper case', '<SCRIPT>x = 1 < 2</SCRIPT>after', '<script>|x = 1 < 2|</script>|after'],
    ['JSON-LD, its entities left as written', '<script type="application/ld+json">{"a": "B &amp; C"}</script>', '<script>|{"a": "B &amp; C"}|</script>'],
    ['a style, a title with an entity', '<style>p > a { x: "<" }</style><title>A &amp; B</title>', '<style>|p > a { x: "<" }|</style>|<title>|A |&| B|</title>'],
    ['a comment holding a script', '<!-- <script>x</script> -- > --><p>Rain</p>', '<p>|Rain|</p>'],
    ['a script never closed', '<p>Rain</p><script>var a = "<p>x</p>"', '<p>|Rain|</p>|<script>|var a = "<p>x</p>"|</script>'],
    // htmlparser2 ends a tag cut off in its attributes without opening it
    ['a page that ends in an attribute', '<p>Rain</p><div class="a', '<p>|Rain|</p>|</div>'],
    ['a page that ends in text with an ampersand', '<p>Rain &', '<p>|Rain &|</p>'],
    ['a "<" that opens no tag', '<p>3 < 4 and 5 <= 6 <3</p>', '<p>|3 |< 4 and 5 |<= 6 |<3|</p>'],
    ['a processing instruction and a declaration', '<?xml version="1.0"?><!DOCTYPE html><p>x</p>', '<p>|x|</p>'],
    ['text beyond 16 bits and non-Latin text', '<p>Кiев 😀 &amp; 東京</p>', '<p>|Кiев 😀 |&| 東京|</p>'],
  ])('%s', (_name, html, expected) => {
    const skipping = events(html, SkippingTokenizer)
    expect(outline(skipping)).toBe(expected)
    expect(skipping).toEqual(events(html, Tokenizer))
  })

  const pieces = [
    '<p>', '</p>', '<div class="a b">', '</div>', '<script>', '</script>', '</SCRIPT >', '<style>', '</style>', '<title>', '</title>',
    '<!--', '-->', '<![CDATA[', ']]>', '<?x', '<!x', '&amp;', '&amp', '&#x41;', '&#65', '&', ';', '<', '>', '/', '"', "'", '=', ' ',
    '\n', 'a', 'Rain fell', 'é', '😀', '<a href="x&amp;y" title=\'q"\'>', '<img src=a&b alt=x/>', '<svg><path d="M0 1"/></svg>',
  ]
  const markup = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''))

  it('gives the events of htmlparser2’s own tokenizer on any markup, written whole or in pieces', () => {
    fc.assert(fc.property(markup, fc.integer({ min: 0, max: 7 }), (html, chunk) => {
      expect(events(html, SkippingTokenizer, chunk)).toEqual(events(html, Tokenizer, chunk))
    }), { numRuns: 500, seed: 20260112 })
  })
})
