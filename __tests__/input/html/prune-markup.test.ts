// The markup without what is never read; everything the reader and Readability look at stays.
import { pruneMarkup } from '../../../src/input/html/prune-markup'

describe('pruneMarkup', () => {
  it.each<[string, string, string]>([
    ['scripts, styles, SVG and comments go', '<div><script>var said = "x"</script><style>p{}</style><svg><path d="M0"/></svg><!-- ad --><p>Rain.</p></div>', '<div><p>Rain.</p></div>'],
    ['JSON-LD stays, as written', '<script type="application/ld+json">{"headline": "A &amp; B <i>"}</script>', '<script type="application/ld+json">{"headline": "A &amp; B <i>"}</script>'],
    ['attributes nothing reads go', '<div class="story" data-track=\'{"id": 7}\' onclick="go()" id="main"><a href="/x" target="_blank">x</a></div>', '<div class="story" id="main"><a href="/x">x</a></div>'],
    ['attribute values stay as written', '<meta property="og:title" content=\'Lee: "No" &amp; more\'>', '<meta property="og:title" content="Lee: &quot;No&quot; &amp; more">'],
    ['text stays as written, entities included', '<p>&ldquo;Safety&rdquo; &amp; <b>sense</b></p>', '<p>&ldquo;Safety&rdquo; &amp; <b>sense</b></p>'],
    ['implied end tags are written out', '<ul><li>One<li>Two</ul><p>A<p>B', '<ul><li>One</li><li>Two</li></ul><p>A</p><p>B</p>'],
    ['void elements have no end tag', '<p>One<br>two<img src="x.jpg" alt="x"></p><hr>', '<p>One<br>two<img></p><hr>'],
    ['form controls and embedded media go, with what is inside them', '<form><label>Email</label><input type="email"><button><span>Sign up</span></button><select><option>A</option></select></form>', '<form><label>Email</label></form>'],
    ['a dropped element inside a dropped one', '<noscript><iframe src="x"><p>inner</p></iframe><p>fallback</p></noscript><p>after</p>', '<p>after</p>'],
    ['the metadata the reader looks at stays', '<html lang="en"><head><meta charset="utf-8"><link rel="canonical" href="/a"><base href="https://x.example/"></head><body><time datetime="2024-02-14" pubdate>x</time></body></html>',
      '<html lang="en"><head><meta charset="utf-8"><link rel="canonical" href="/a"><base href="https://x.example/"></head><body><time datetime="2024-02-14" pubdate="">x</time></body></html>'],
  ])('%s', (_name, html, pruned) => {
    expect(pruneMarkup(html)).toBe(pruned)
  })
})
