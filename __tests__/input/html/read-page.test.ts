// A web page → its article: the body without the page around it, and what the page says about it.
// The pages are written for these tests (fixtures/html/, and the small ones below).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractArticleBody } from '../../../src/input/html/article-body'
import { parseDocument } from '../../../src/input/html/dom'
import { readPageMetadata } from '../../../src/input/html/page-metadata'
import { readPage } from '../../../src/input/html/read-page'

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'html', name), 'utf8')
const STORY = [
  'Twelve schools across the valley will stay shut until Friday after the River Wend burst its banks on Monday night, the county council said.',
  '“We cannot put children on buses when half the roads are under water,” said Maria Okafor, the council’s head of education. “Safety comes first.”',
  'The Environment Agency issued 14 flood warnings on Tuesday, and forecasters expect another 40mm of rain by Thursday.',
]
const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('')
const text = (html: string) => {
  const result = readPage(html)
  return result.ok ? result.article.text : result.problem
}

describe('readPage', () => {
  it('reads the article of a news page and nothing of the page around it', () => {
    const result = readPage(fixture('storm-page.html'))
    expect(result).toEqual({
      ok: true,
      article: {
        text: fixture('storm-page.txt').trimEnd(),
        title: 'Storm closes valley schools as rivers rise',
        published: '2024-02-14',
        byline: 'Ana Lee and Tom Kerr',
        siteName: 'The Valley Courier',
        url: 'https://valley-courier.example/news/2024/02/storm-closes-schools',
        lang: 'en-GB',
      },
    })
  })

  it('keeps paragraph breaks on a minified page', () => {
    expect(text(`<!doctype html><html><head><title>Storm</title></head><body><div id="content">${paragraphs(STORY)}</div></body></html>`)).toBe(STORY.join('\n\n'))
  })

  it('reads a page without <html>, <head> or <body> tags', () => {
    expect(text(`<title>Storm</title><meta charset="utf-8">${paragraphs(STORY)}`)).toBe(STORY.join('\n\n'))
  })

  it('reads a truncated page as far as it goes', () => {
    const page = `<!doctype html><html><head><title>Storm</title></head><body><article>${paragraphs(STORY)}<p>Residents of Millbrook spent the night moving furn`
    expect(text(page)).toBe([...STORY, 'Residents of Millbrook spent the night moving furn'].join('\n\n'))
  })

  it('reads a page cut off inside an icon of its navigation', () => {
    const page = `<!doctype html><html><head><title>Storm</title></head><body><article>${paragraphs(STORY)}</article><nav><a href="/"><svg><path d="M0,1`
    expect(text(page)).toBe(STORY.join('\n\n'))
  })

  // the reader walks the page without recursion: a page of 20,000 nested elements is read, not a stack overflow
  it.each<[string, string, number]>([
    ['<div>', '</div>', 20_000],
    ['<ul><li>', '</li></ul>', 10_000],
  ])('reads a page nested deep in %s', (open, close, depth) => {
    expect(text(`<html><body>${open.repeat(depth)}${paragraphs(STORY)}${close.repeat(depth)}</body></html>`)).toBe(STORY.join('\n\n'))
  })

  it.each<[string, string]>([
    ['a page that is only a script', '<!doctype html><html><head><script>document.body.innerHTML = "<p>Rain fell.</p>"</script></head><body><div id="app"></div></body></html>'],
    ['an empty body', '<html><head><title>Nothing here</title></head><body>   </body></html>'],
    ['a page of navigation only', '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© Courier</footer></body></html>'],
  ])('%s: no article text', (_name, html) => {
    expect(readPage(html)).toEqual({ ok: false, problem: 'no article text in this page' })
  })

  // each piece of furniture inside the article's own container, beside the story it must not join
  it.each<[string, string]>([
    ['a share bar', '<div class="c-share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>'],
    ['a "read more" line', '<p><strong>READ MORE:</strong> <a href="/x">Council delays river defences for a second year</a></p>'],
    ['an advertisement', '<div class="advert"><span>Advertisement</span></div>'],
    ['a list of other stories', '<ul><li><a href="/a">Flood insurance bills double in five years</a></li><li><a href="/b">Wend bridge reopens after repairs</a></li></ul>'],
    ['a newsletter box', '<div class="newsletterSignup"><p>Sign up to our newsletter for the day’s news, delivered at 7am.</p></div>'],
    ['a caption and its credit', '<figure><img src="x.jpg"><figcaption>A flooded road near Millbrook. Photograph: Tom Kerr</figcaption></figure>'],
    ['text for screen readers only', '<span class="visually-hidden">Image caption</span>'],
    ['a date line', '<p>PUBLISHED: 09:12, Wed, Mar 6, 2024 | UPDATED: 09:40, Wed, Mar 6, 2024</p>'],
    ['a cookie banner', '<div id="cookie-consent"><p>We use cookies to improve your experience of our website and to show you relevant ads.</p></div>'],
    ['comments', '<section class="comments"><p>Shocking that the council still has not built the flood wall it promised years ago.</p></section>'],
    ['an author box', '<div class="author-bio"><p>Ana Lee covers the valley for the Courier. She joined the paper in 2015 from the county council.</p></div>'],
  ])('leaves out %s', (_name, furniture) => {
    const html = `<html><body><article><div class="story-body">${paragraphs(STORY.slice(0, 2))}${furniture}${paragraphs(STORY.slice(2))}</div></article></body></html>`
    expect(text(html)).toBe(STORY.join('\n\n'))
  })

  it.each<[string, string]>([
    // near misses: the story's own words, which look like furniture at first sight
    ['a paragraph that opens with "Related"', 'Related talks between the council and the Environment Agency broke down in June, officials said.'],
    ['a paragraph that mentions a date and more', 'On Tue, Feb 13, 2024 the river rose by a metre in four hours, the agency said.'],
    ['a sentence with one link', 'The council said it had handed out <a href="/sandbags">3,000 sandbags</a> and would open a rest centre at the town hall.'],
  ])('keeps %s', (_name, line) => {
    const html = `<html><body><article>${paragraphs([...STORY, line])}</article></body></html>`
    expect(text(html)).toBe([...STORY, line.replace(/<[^>]+>/g, '')].join('\n\n'))
  })

  it('keeps a story whose container has a furniture-like class', () => {
    const html = `<html><body><div class="post-content share-enabled">${paragraphs(STORY)}</div><div class="sidebar"><p>Weather: rain</p></div></body></html>`
    expect(text(html)).toBe(STORY.join('\n\n'))
  })

  // the furniture that is sure to go is left out before the document is built (prune-markup.ts): the page must
  // read the same as when the whole document is built and the furniture taken out of it
  it.each<[string, string]>([
    ['metadata that sits in furniture', `<nav><a href="/">Home</a></nav><header><aside>By <a rel="author" href="/ana">Ana Lee</a></aside><footer><time datetime="2024-02-14">14 February</time></footer></header><article>${paragraphs(STORY)}</article><footer><p>© Valley Courier</p></footer>`],
    ['furniture that holds most of the story', `<aside>${paragraphs(STORY)}</aside><nav><p>Home</p><p>News</p></nav>`],
    ['furniture beside a story about as long', `<div class="story">${paragraphs(STORY.slice(0, 2))}</div><aside>${paragraphs(STORY.slice(2))}<p>More on the floods: live updates from the valley, maps of the closed roads.</p></aside>`],
    ['a caption in the story, a byline in microdata', `<article><div itemprop="author" itemscope><span itemprop="name">Tom Kerr</span><nav>Follow</nav></div>${paragraphs(STORY.slice(0, 1))}<figure><figcaption>The Wend at Millbrook.</figcaption></figure>${paragraphs(STORY.slice(1))}</article>`],
    // the paragraphs of the <nav> left out still count in the page's total, against which the related-stories box
    // is too small to keep (with the nav's 300 characters the box has less than half, without them more)
    ['furniture weighed against a total that counts what was left out',
      `<nav><p>${'Home News Sport Weather Business Travel Opinion '.repeat(6)}</p></nav><div class="related"><p>${'Flood insurance bills have doubled in five years, insurers said on Monday. '.repeat(6)}</p></div><article>${paragraphs(STORY)}</article>`],
    ['furniture named by its class inside furniture named so, and a comments box holding most of the page',
      `<div class="comments">${paragraphs(STORY)}<div class="share">Share</div></div><div class="related"><div class="promo"><p>Sale on now.</p></div><nav><p>Menu</p></nav></div><p>Short.</p>`],
    ['images in the story, and an author’s photo', `<div class="byline"><img class="author" src="ana.jpg"> Ana Lee</div><article><p>Rain <img src="a.jpg"> fell.</p>${paragraphs(STORY)}<figure><img id="map.png" src="m.png"><figcaption>Map</figcaption></figure></article>`],
    ['a share bar named by its class, inside the story', `<article>${paragraphs(STORY.slice(0, 2))}<div class="share-bar"><nav><a href="#">Share</a></nav></div>${paragraphs(STORY.slice(2))}</article><footer role="contentinfo"><p>© Valley Courier</p></footer>`],
  ])('reads a page with %s as the whole document does', (_name, body) => {
    const html = `<!doctype html><html lang="en"><head><title>Storm closes valley schools | Valley Courier</title></head><body>${body}</body></html>`
    const whole = parseDocument(html)
    const facts = readPageMetadata(whole)
    expect(readPage(html)).toEqual({ ok: true, article: { ...facts, text: extractArticleBody(whole, { title: facts.title }) } })
  })
})
