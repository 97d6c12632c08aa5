// The page's elements in document order, with where each one's insides end: the walk boilerplate.ts shares.
import { elementsIn, gathered, parseDocument, removeNode, textOf, undoable, type DomElement } from '../../../src/input/html/dom'

const listed = (html: string) => {
  const { elements, ends } = elementsIn(parseDocument(`<html><body>${html}</body></html>`).body)
  return elements.map((element, i) => `${element.tagName.toLowerCase()}:${ends[i]}`).join(' ')
}

describe('elementsIn', () => {
  it.each<[string, string]>([
    ['<p>One.</p><p>Two.</p>', 'p:1 p:2'],
    ['<div><p>One <b>two</b></p><ul><li>Three</li></ul></div><p>Four.</p>', 'div:5 p:3 b:3 ul:5 li:5 p:6'],
    ['<div><div><div></div></div></div><hr>', 'div:3 div:3 div:3 hr:4'],
    // near misses: text alone has no elements; an element's last child deep inside closes every level at once
    ['Only text.', ''],
    ['<section><div><p><i>deep</i></p></div></section><aside></aside>', 'section:4 div:4 p:4 i:4 aside:5'],
  ])('%s', (html, expected) => {
    expect(listed(html)).toBe(expected)
  })

  it('walks a page nested thousands deep', () => {
    const depth = 5000
    const { elements, ends } = elementsIn(parseDocument(`<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`).body)
    expect(elements).toHaveLength(depth)
    expect(ends.every((end) => end === depth)).toBe(true)
  })
})

// A reading takes nodes out of the tree and moves the story's parts into one holder; undoing puts each back in
// its place, links between siblings included (elementsIn walks by them).
describe('undoable', () => {
  const page = '<div id="a"><p>One.</p><p>Two.</p><p>Three.</p></div><aside>Side.</aside><div id="b"><p>Four.</p></div>'
  const walked = (body: DomElement) => elementsIn(body).elements.map((element) => element.name + (element.attribs.id ?? '')).join(' ')

  it.each<[string, (body: DomElement, p: DomElement[]) => void]>([
    ['a removal', (_body, p) => removeNode(p[1])],
    ['removals of neighbours, the later first', (_body, p) => { removeNode(p[2]); removeNode(p[1]) }],
    ['a removal inside what goes later', (body, p) => { removeNode(p[0]); removeNode(body.children[0]) }],
    ['parts gathered, then one taken out of the holder', (body, p) => { removeNode(gathered([p[1], body.children[2] as DomElement]).children[0]) }],
    // near miss: a node already out of the tree is no move
    ['a node removed twice', (_body, p) => { removeNode(p[3]); removeNode(p[3]) }],
  ])('puts the tree back after %s', (_name, change) => {
    const { body } = parseDocument(`<html><body>${page}</body></html>`)
    const before = walked(body)
    const text = textOf(body)
    const paragraphs = elementsIn(body).elements.filter((element) => element.name === 'p')
    const reading = undoable(() => change(body, paragraphs))
    expect(walked(body)).not.toBe(before)
    reading.undo()
    expect(walked(body)).toBe(before)
    expect(textOf(body)).toBe(text)
  })

  it('notes nothing outside a reading', () => {
    const { body } = parseDocument(`<html><body>${page}</body></html>`)
    const reading = undoable(() => null)
    removeNode(body.children[1])
    reading.undo()
    expect(walked(body)).toBe('diva p p p divb p')
  })
})
