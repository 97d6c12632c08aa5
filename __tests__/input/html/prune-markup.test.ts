// The markup without what is never read; everything the reader looks at stays.
import { pruneMarkup } from '../../../src/input/html/prune-markup'

describe('pruneMarkup', () => {
  it.each<[string, string, string]>([
    ['scripts, styles, SVG and comments go', '<div><script>var said = "x"</script><style>p{}</style><svg><path d="M0"/></svg><!-- ad --><p>Rain.</p></div>', '<div><p>Rain.</p></div>'],
    ['JSON-LD stays, as written', '<script type="application/ld+json">{"headline": "A &amp; B <i>"}</script>', '<script type="application/ld+json">{"headline": "A &amp; B <i>"}</script>'],
    ['attributes nothing reads go', '<div class="story" data-track=\'{"id": 7}\' onclick="go()" id="main"><a href="/x" target="_blank">x</a></div>', '<div class="story" id="main"><a>x</a></div>'],
    ['an address is kept where it is read: the canonical link and <base>, never a link’s',
      '<a href="#comments">7</a><a href="javascript:share()">Share</a><a href="https://x.example/story">Story</a><base href="https://x.example/">',
      '<a>7</a><a>Share</a><a>Story</a><base href="https://x.example/">'],
    ['a style is kept when it hides', '<div style="display: none">A</div><p style="visibility:hidden">B</p><p style="color: red; margin: 0">C</p>', '<div style="display: none">A</div><p style="visibility:hidden">B</p><p>C</p>'],
    ['rel is kept for an author link only', '<a rel="author" href="/ana">Ana Lee</a> <a rel="noopener nofollow" href="/x">x</a>', '<a rel="author">Ana Lee</a> <a>x</a>'],
    ['type is read on JSON-LD only', '<ol type="a"><li>One</li></ol>', '<ol><li>One</li></ol>'],
    ['stylesheets, icons and preloads go; the canonical link stays', '<head><link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.png"><link rel="Canonical" href="/story"><link href="/b.css"></head>',
      '<head><link rel="Canonical" href="/story"></head>'],
    ['blank text between the tags of a head goes', '<html><head>\n  <meta charset="utf-8">\n  <title>Storm</title>\n</head>\n<body>\n<p>Rain.</p>\n</body></html>',
      '<html><head><meta charset="utf-8"><title>Storm</title></head>\n<body>\n<p>Rain.</p>\n</body></html>'],
    // near misses: blank text that is read stays; markup-like text is text
    ['blank text in a title or between words stays', '<head><title> </title></head><p><b>Storm</b> <i>warning</i></p>', '<head><title> </title></head><p><b>Storm</b> <i>warning</i></p>'],
    ['a script inside a comment goes with the comment', '<!-- <script>var x = "<p>not text</p>"</script> --><p>Rain.</p>', '<p>Rain.</p>'],
    ['a script holding markup in a string', '<div><script>document.write("</div><p>Fake</p>")</script><p>Rain.</p></div>', '<div><p>Rain.</p></div>'],
    ['a paragraph that mentions the tags', '<p>The &lt;script&gt; and <code>&lt;style&gt;</code> tags run code.</p>', '<p>The &lt;script&gt; and <code>&lt;style&gt;</code> tags run code.</p>'],
    ['an attribute value that holds a tag', '<div data-html="<script>x()</script>" title="<p>"><p>Rain.</p></div>', '<div><p>Rain.</p></div>'],
    ['JSON-LD in the body stays', '<body><p>Rain.</p><script type="application/ld+json">{"@type": "NewsArticle"}</script><script>track()</script></body>',
      '<body><p>Rain.</p><script type="application/ld+json">{"@type": "NewsArticle"}</script></body>'],
    ['attribute values stay as written', '<meta property="og:title" content=\'Lee: "No" &amp; more\'>', '<meta property="og:title" content="Lee: &quot;No&quot; &amp; more">'],
    ['entities are decoded, and what markup would read escaped again', '<p>&ldquo;Safety&rdquo; &amp; <b>sense</b> &lt;i&gt; &amp;amp; AT&T</p>', '<p>“Safety” &amp; <b>sense</b> &lt;i&gt; &amp;amp; AT&amp;T</p>'],
    ['an attribute value is decoded and escaped again', '<meta content="AT&amp;amp;T &quot;x&quot; &copy=1" class=\'a"b\'>', '<meta content="AT&amp;amp;T &quot;x&quot; &amp;copy=1" class="a&quot;b">'],
    ['implied end tags are written out', '<ul><li>One<li>Two</ul><p>A<p>B', '<ul><li>One</li><li>Two</li></ul><p>A</p><p>B</p>'],
    ['void elements have no end tag', '<p>One<br>two<img class="author-photo" src="x.jpg" alt="x"></p><hr>', '<p>One<br>two<img class="author-photo"></p><hr>'],
    // an image is never text, and its address is never kept
    ['images go', '<p>Rain<img src="a.jpg" alt="Rain" class="wide"> fell.</p><figure><img srcset="b.jpg 2x"></figure>', '<p>Rain fell.</p><figure></figure>'],
    ['an image that the metadata reads stays', '<img id="hero.png" src="a.jpg"><img itemprop="image" src="b.jpg"><img class="byline-photo">',
      '<img itemprop="image"><img class="byline-photo">'],
    ['form controls and embedded media go, with what is inside them', '<form><label>Email</label><input type="email"><button><span>Sign up</span></button><select><option>A</option></select></form>', '<form><label>Email</label></form>'],
    // the parser ends the <path> of a tag cut off at the end of the page twice: one end is for one element
    ['a page cut off inside a dropped element', '<div><p>Rain.</p><svg><path d="M0,1', '<div><p>Rain.</p></div>'],
    ['a dropped element inside a dropped one', '<noscript><iframe src="x"><p>inner</p></iframe><p>fallback</p></noscript><p>after</p>', '<p>after</p>'],
    ['the metadata the reader looks at stays', '<html lang="en"><head><meta charset="utf-8"><link rel="canonical" href="/a"><base href="https://x.example/"></head><body><time datetime="2024-02-14" pubdate>x</time></body></html>',
      '<html lang="en"><head><meta charset="utf-8"><link rel="canonical" href="/a"><base href="https://x.example/"></head><body><time datetime="2024-02-14" pubdate="">x</time></body></html>'],
  ])('%s', (_name, html, pruned) => {
    expect(pruneMarkup(html)).toEqual({ markup: pruned, furnitureText: 0 })
  })
})

describe('pruneMarkup with furniture', () => {
  const STORY = '<p>Twelve schools will stay shut until Friday, the council said.</p><p>Forecasters expect more rain.</p>' // 62 + 29 characters
  const page = (body: string) => `<!doctype html><html><head><title>Storm</title></head><body>${body}</body></html>`
  const left = (body: string) => page(body).replace('<!doctype html>', '')
  it.each<[string, string, string, number]>([
    ['a nav, an aside and a footer of the body go', page(`<nav><a>Home</a><p>Menu</p></nav>${STORY}<aside><p>Weather</p></aside><footer>© Courier</footer>`), left(STORY), 4 + 7],
    ['a landmark by its role', page(`<div role="navigation"><a>Home</a></div>${STORY}<div role="complementary">More</div>`), left(STORY), 0],
    ['the text of a paragraph it was in counts too', page(`<p>Rain fell <span role="dialog">Close</span> all night.</p>${STORY}`), left(`<p>Rain fell  all night.</p>${STORY}`), 5],
    ['furniture inside furniture goes with it', page(`<aside><nav><p>Menu</p></nav><p>Weather</p></aside>${STORY}`), left(STORY), 4 + 7],
    ['a box named furniture by its class or id', page(`<div class="c-share-bar"><a>Share</a></div>${STORY}<section id="newsletterSignup"><p>Sign up</p></section>`), left(STORY), 7],
    ['a named box inside a named box goes with it', page(`<div class="related-stories"><div class="promo"><p>Sale</p></div></div>${STORY}`), left(STORY), 4],
    ['a named box inside an article named so', page(`<article class="share-enabled">${STORY}<div class="promo">Sale</div></article>`), left(`<article class="share-enabled">${STORY}</article>`), 0],
    // near misses: what removeBoilerplate keeps, what the metadata reads, a page whose body is not sure
    ['a named box holding furniture by what it is stays, without it', page(`<div class="related"><nav><p>Menu</p></nav><p>Floods</p></div>${STORY}`), left(`<div class="related"><p>Floods</p></div>${STORY}`), 4],
    ['a named box holding most of the paragraphs stays, and what is named inside it', page(`<div class="comments">${STORY}<div class="share">Share</div></div>`), left(`<div class="comments">${STORY}<div class="share">Share</div></div>`), 0],
    ['furniture that holds most of the paragraphs stays', page(`<aside>${STORY}</aside><p>Short.</p>`), left(`<aside>${STORY}</aside><p>Short.</p>`), 0],
    ['an article or main element with a furniture role stays', page(`<article role="complementary">${STORY}</article><main role="navigation"><p>x</p></main>`),
      left(`<article role="complementary">${STORY}</article><main role="navigation"><p>x</p></main>`), 0],
    ['furniture that holds what the metadata reads stays', page(`<footer><time datetime="2024-02-14">14 Feb</time></footer><aside><a rel="author">Ana Lee</a></aside><nav><span itemprop="name">x</span></nav><aside class="Byline">By Tom Kerr</aside>${STORY}`),
      left(`<footer><time datetime="2024-02-14">14 Feb</time></footer><aside><a rel="author">Ana Lee</a></aside><nav><span itemprop="name">x</span></nav><aside class="Byline">By Tom Kerr</aside>${STORY}`), 0],
    ['furniture inside what the metadata reads stays', page(`<div itemprop="author">Ana Lee<nav>Profile</nav></div><h1>Storm <aside>Live</aside></h1>${STORY}`),
      left(`<div itemprop="author">Ana Lee<nav>Profile</nav></div><h1>Storm <aside>Live</aside></h1>${STORY}`), 0],
    ['furniture in the head stays', '<html><head><nav>x</nav></head><body><p>Rain.</p></body></html>', '<html><head><nav>x</nav></head><body><p>Rain.</p></body></html>', 0],
    ['a page without <html>, <head> and <body> keeps all', `<title>Storm</title><nav>Home</nav>${STORY}`, `<title>Storm</title><nav>Home</nav>${STORY}`, 0],
    ['a page with something between <head> and <body> keeps all', `<html><head></head><div>x</div><body><nav>Home</nav>${STORY}</body></html>`, `<html><head></head><div>x</div><body><nav>Home</nav>${STORY}</body></html>`, 0],
  ])('%s', (_name, html, pruned, furnitureText) => {
    expect(pruneMarkup(html, { furniture: true })).toEqual({ markup: pruned, furnitureText })
  })
})
