// The parser that hands each tag only the attributes asked for: exactly those of htmlparser2's own parser,
// the others left out, and every other event as it was.
import fc from 'fast-check'
import { Parser, type Handler } from 'htmlparser2'
import { AttributeFilterParser } from '../../../src/input/html/attribute-filter-parser'

const ASKED = new Set(['class', 'id', 'rel', 'type'])
const asked = (name: string) => ASKED.has(name)
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }

/** The open tags with their attributes, texts and end tags, as the parser gives them. */
function events(html: string, make: (handler: Partial<Handler>) => Parser): string[] {
  const seen: string[] = []
  const parser = make({
    onopentag: (name, attributes) => seen.push(`<${name} ${JSON.stringify(attributes)}>`),
    ontext: (text) => seen.push(text),
    onclosetag: (name) => seen.push(`</${name}>`),
    oncomment: (text) => seen.push(`<!--${text}-->`),
  })
  parser.write(html)
  parser.end()
  return seen
}

const filtered = (html: string) => events(html, (handler) => new AttributeFilterParser(handler, OPTIONS, asked))
/** htmlparser2's own events, the attributes not asked for taken out afterwards. */
const expected = (html: string) => events(html, (handler) => new Parser({
  ...handler,
  onopentag: (name, attributes, implied) => handler.onopentag!(name, Object.fromEntries(Object.entries(attributes).filter(([key]) => asked(key))), implied),
}, OPTIONS))

describe('AttributeFilterParser', () => {
  it.each<[string, string, string[]]>([
    ['what is not asked for goes', '<img src="/a.jpg" srcset="/a.jpg 1x" alt="Rain" class="wide" data-lazy=1>', ['<img {"class":"wide"}>', '</img>']],
    ['names in any case, values decoded', '<A HREF="/x" REL="Author" CLASS="by&amp;line">Ana</A>', ['<a {"rel":"Author","class":"by&line"}>', 'Ana', '</a>']],
    ['the first of two of a name, whichever is asked for', '<p class="a" data-x="&lt;" class="b" id=c id=d>x</p>', ['<p {"class":"a","id":"c"}>', 'x', '</p>']],
    ['an entity in a value left out decodes nothing into the next', '<div title="a &amp; b &#x41;" id="main" data-q=\'&quot;\'>x</div>', ['<div {"id":"main"}>', 'x', '</div>']],
    ['an attribute without a value', '<script async type="application/ld+json" defer>{}</script>', ['<script {"type":"application/ld+json"}>', '{}', '</script>']],
    ['a value holding ">" and a tag', '<div data-html="<p>x</p>" onclick=\'a > b\' class="story">Rain</div>', ['<div {"class":"story"}>', 'Rain', '</div>']],
    ['no attributes at all', '<p>Rain<br>fell</p>', ['<p {}>', 'Rain', '<br {}>', '</br>', 'fell', '</p>']],
  ])('%s', (_name, html, seen) => {
    expect(filtered(html)).toEqual(seen)
    expect(filtered(html)).toEqual(expected(html))
  })

  const pieces = ['<p', '<div', '<a', '>', '/>', '</p>', '</div>', ' ', 'class', 'CLASS', 'id', 'src', 'data-x', 'type', '=', '"', "'",
    'a', '&amp;', '&quot;', '&#65;', '&', '<', 'x y', '<!--', '-->', '<script>', '</script>']
  const markup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''))

  it('gives htmlparser2’s own events, less the attributes not asked for, on any markup', () => {
    fc.assert(fc.property(markup, (html) => {
      expect(filtered(html)).toEqual(expected(html))
    }), { numRuns: 500, seed: 20260112 })
  })
})
