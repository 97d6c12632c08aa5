// The article's element → text: one paragraph a block, blank lines between, whatever the page's own line breaks.
import { blockText } from '../../../src/input/html/block-text'
import { parseDocument } from '../../../src/input/html/dom'

const text = (html: string) => blockText(parseDocument(`<html><body>${html}</body></html>`).body)

describe('blockText', () => {
  it.each<[string, string]>([
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    // a minified page: no line breaks at all, still paragraphs
    ['<div><h2>Floods</h2><p>Rain fell.</p><ul><li>Roads shut</li><li>Trains late</li></ul></div>', 'Floods\n\nRain fell.\n\nRoads shut\n\nTrains late'],
    // a paragraph wrapped over several source lines stays one paragraph
    ['<p>Residents spent\n   the night\n\n moving furniture.</p>', 'Residents spent the night moving furniture.'],
    // inline elements run on; <br> is a line break
    ['<p>“It came <em>up</em> <a href="#">faster</a>,” he said.<br>Then it rained.</p>', '“It came up faster,” he said.\nThen it rained.'],
    // two line breaks in a row, spaces between or not, end a paragraph; one does not
    ['<div>First paragraph.<br><br>Second one.<br>Same paragraph.<br> <br>\n<br>Third.</div>', 'First paragraph.\n\nSecond one.\nSame paragraph.\n\nThird.'],
    ['<div>One.<br><b>Two.</b><br><i></i><br>Three.</div>', 'One.\nTwo.\n\nThree.'],
    // entities arrive decoded
    ['<p>&ldquo;Safety comes first,&rdquo; said Ms O&rsquo;Neil &amp; Mr Lee&nbsp;today.</p>', '“Safety comes first,” said Ms O’Neil & Mr Lee today.'],
    // scripts, styles, templates and form controls are never text
    ['<p>Before.</p><script>var said = "He said this";</script><style>p::after{content:"x"}</style><template><p>Hidden</p></template><p>After.</p>', 'Before.\n\nAfter.'],
    ['<p>Shown.</p><p hidden>Not shown.</p><div style="display: none">Collapsed.</div><p style="color:red">Red.</p>', 'Shown.\n\nRed.'],
    // text directly in a container, between blocks
    ['<div>Loose text<p>A paragraph.</p>more loose text</div>', 'Loose text\n\nA paragraph.\n\nmore loose text'],
    // table cells do not run together
    ['<table><tr><th>Team</th><th>Points</th></tr><tr><td>Caloundra</td><td>45</td></tr></table>', 'Team | Points\n\nCaloundra | 45'],
    // preformatted text keeps its lines
    ['<pre>line one\nline two</pre>', 'line one\nline two'],
    // soft hyphens and zero-width spaces are layout hints, not letters
    ['<p>news\u00adpaper\u200b office</p>', 'newspaper office'],
    // empty blocks leave no empty paragraphs
    ['<p> </p><div><p>Only.</p></div><p>\n</p>', 'Only.'],
  ])('%j', (html, expected) => {
    expect(text(html)).toBe(expected)
  })
})
