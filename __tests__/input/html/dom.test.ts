// The page's elements in document order, with where each one's insides end: the walk boilerplate.ts shares.
import { elementsIn, parseDocument } from '../../../src/input/html/dom'

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
