// What a page says about its article, each field from the most trusted place that has it:
// JSON-LD, then Open Graph and article:* meta, then other meta names, then the markup.
import { elementsIn, parseDocument } from '../../../src/input/html/dom'
import { readJsonLd } from '../../../src/input/html/json-ld'
import { readPageMetadata } from '../../../src/input/html/page-metadata'

const ld = (value: unknown) => `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`
const page = (head: string, body = '<p>Rain fell.</p>') => parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)

describe('readJsonLd', () => {
  it.each<[string, string, Record<string, unknown> | null]>([
    ['a plain NewsArticle', ld({ '@type': 'NewsArticle', headline: 'Storm closes schools', datePublished: '2024-02-14T07:30:00Z', author: { '@type': 'Person', name: 'Ana Lee' } }),
      { headline: 'Storm closes schools', datePublished: '2024-02-14T07:30:00Z', authors: ['Ana Lee'] }],
    ['an array @type inside @graph, authors by reference', ld({ '@graph': [
      { '@type': 'WebPage', '@id': '#page', datePublished: '2020-01-01' },
      { '@type': ['ReportageNewsArticle', 'Article'], headline: 'Storm', datePublished: '2024-02-14', author: [{ '@id': '#ana' }, 'Tom Kerr'], publisher: { '@id': '#org' } },
      { '@id': '#ana', '@type': 'Person', name: 'Ana Lee' },
      { '@id': '#org', '@type': 'Organization', name: 'Courier Media' },
    ] }), { headline: 'Storm', datePublished: '2024-02-14', authors: ['Ana Lee', 'Tom Kerr'], publisher: 'Courier Media' }],
    ['a prefixed type in a list of scripts', ld([{ '@type': 'BreadcrumbList' }, { '@type': 'http://schema.org/BlogPosting', name: 'A post', datePublished: '2023-05-01' }]),
      { headline: 'A post', datePublished: '2023-05-01' }],
    ['the article as a page’s mainEntity', ld({ '@type': 'WebPage', mainEntity: { '@type': 'schema:Article', headline: 'Inside', inLanguage: 'fr', url: 'https://x.example/a' } }),
      { headline: 'Inside', inLanguage: 'fr', url: 'https://x.example/a' }],
    ['a WebPage with a date when no article is described', ld({ '@type': 'WebPage', name: 'Design week &#039;18', datePublished: '2018-04-18T14:39:09+02:00' }),
      { headline: "Design week '18", datePublished: '2018-04-18T14:39:09+02:00' }],
    ['JSON wrapped in a comment, with a semicolon and a raw line break in a string', ld('<!--{"@type": "NewsArticle", "headline": "Two\nlines"};-->'),
      { headline: 'Two lines' }],
    // near misses
    ['invalid JSON', ld('{"@type": "NewsArticle", "headline": "Broken" "x": 1}'), null],
    ['no article', ld({ '@type': 'Organization', name: 'Courier' }), null],
    ['a WebPage without a date', ld({ '@type': 'WebPage', name: 'Home' }), null],
    ['another script type', '<script type="application/json">{"@type": "NewsArticle", "headline": "No"}</script>', null],
  ])('%s', (_name, head, expected) => {
    const article = readJsonLd(elementsIn(page(head)).elements.filter((element) => element.name === 'script'))
    if (expected === null) expect(article).toBeNull()
    else expect(article).toMatchObject(expected)
  })
})

describe('readPageMetadata', () => {
  const JSON_LD = ld({ '@type': 'NewsArticle', headline: 'Storm closes schools', datePublished: '2024-02-14', author: ['Ana Lee', 'Tom Kerr', 'Sam Roe'] })
  const OPEN_GRAPH = '<meta property="og:title" content="OG: storm closes schools | Courier"><meta property="og:site_name" content="Courier"><meta property="article:published_time" content="2024-02-13T10:00:00Z">'

  it.each<[string, string, string, Record<string, unknown>]>([
    ['JSON-LD over Open Graph', JSON_LD + OPEN_GRAPH + '<title>Title | Courier</title>', '',
      { title: 'Storm closes schools', published: '2024-02-14', byline: 'Ana Lee, Tom Kerr and Sam Roe', siteName: 'Courier' }],
    ['Open Graph over other meta and <title>', OPEN_GRAPH + '<meta name="date" content="2024-01-01"><meta name="author" content="By Ana Lee"><title>Title | Courier</title>', '',
      { title: 'OG: storm closes schools', published: '2024-02-13', byline: 'Ana Lee', siteName: 'Courier' }],
    ['meta date names', '<meta name="DC.date.issued" content="2023-12-24"><title>A headline of some length | Courier</title>', '',
      { title: 'A headline of some length', published: '2023-12-24', byline: null, siteName: null }],
    ['a pubdate <time> over the first one', '<title>Storm</title>', '<time datetime="2020-01-01">then</time><article><time pubdate datetime="2024-02-14T09:00">now</time></article>',
      { published: '2024-02-14' }],
    ['the first <time> in the article, not a modified one', '<title>Storm</title>', '<aside><time datetime="2019-05-05">old</time></aside><article><time itemprop="dateModified" datetime="2024-02-20">x</time><time datetime="2024-02-14">y</time></article>',
      { published: '2024-02-14' }],
    ['microdata stated as text', '<title>Swim results</title>', '<span itemprop="datePublished">Thu 7:20 PM, Mar 14, 2019</span><span itemprop="author">By Jo Banks</span>',
      { published: '2019-03-14', byline: 'Jo Banks' }],
    ['a byline element when no meta names the author', '<title>Storm</title>', '<div class="byline">By <a href="/ana">Ana Lee</a></div>',
      { byline: 'Ana Lee' }],
    ['a datePublished <time> over the first one', '<title>Storm</title>', '<time datetime="2020-01-01">then</time><time itemprop="datePublished" datetime="2024-02-14">now</time>',
      { published: '2024-02-14' }],
    // the author element's text has more than a name; its name part, not the publisher's name before it
    ['the author’s name in microdata, not the publisher’s', '<title>Storm</title>', '<div itemprop="publisher"><span itemprop="name">Courier Media</span></div><div itemprop="author" itemscope><span itemprop="name">Ana Lee</span> <span>(12 stories)</span></div>',
      { byline: 'Ana Lee' }],
    ['an author link, rel in any case', '<title>Storm</title>', '<p>By <a rel="Author external" href="/ana">Ana Lee</a></p>', { byline: 'Ana Lee' }],
    ['an author-name element', '<title>Storm</title>', '<span class="authorship-note">Staff</span><span class="c-author-name">Tom Kerr</span>', { byline: 'Tom Kerr' }],
    // near misses
    ['a <time> without datetime, and a modified one, passed over', '<title>Storm</title>', '<time>14 Feb</time><time itemprop="dateModified" datetime="2024-03-01">m</time><time datetime="2024-02-15">x</time>',
      { published: '2024-02-15' }],
    ['class words compared as written: "Byline" is not "byline"', '<title>Storm</title>', '<div class="Byline">By Sam Roe</div>', { byline: null }],
    ['an author meta that is a profile address, a byline element with a date', '<meta property="article:author" content="https://facebook.example/ana"><title>Storm</title>', '<div class="byline">by Ana Lee 22 Dec 2016 651 comments</div>',
      { byline: null }],
    ['a site name as og:title, the headline in <h1>', '<meta property="og:title" content="Courier News"><meta property="og:site_name" content="Courier News"><title>Courier News</title>', '<h1>Storm closes schools</h1>',
      { title: 'Storm closes schools', siteName: 'Courier News' }],
    ['nothing stated', '', '<p>Rain fell.</p>', { title: null, published: null, byline: null, siteName: null, url: null, lang: null }],
  ])('%s', (_name, head, body, expected) => {
    expect(readPageMetadata(page(head, body))).toMatchObject(expected)
  })

  it.each<[string, string, string | null, string | null]>([
    ['a relative canonical link, resolved against the page’s address', '<link rel="canonical" href="/news/storm">', 'https://courier.example/news/storm?ref=home', 'https://courier.example/news/storm'],
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://courier.example/a">', null, 'https://courier.example/a'],
    ['against <base href>', '<base href="https://courier.example/news/"><link rel="canonical" href="storm">', null, 'https://courier.example/news/storm'],
    ['the address it came from when the page names none', '', 'https://courier.example/x', 'https://courier.example/x'],
    ['never another scheme', '<link rel="canonical" href="javascript:alert(1)">', null, null],
    ['a relative link with nothing to resolve it against', '<link rel="canonical" href="/news/storm">', null, null],
  ])('url: %s', (_name, head, address, url) => {
    expect(readPageMetadata(page(head), { address }).url).toBe(url)
  })

  it.each<[string, string | null]>([
    ['<html lang="en-GB"><head></head><body></body></html>', 'en-GB'],
    ['<html><head><meta http-equiv="content-language" content="de"></head><body></body></html>', 'de'],
    ['<html><head><meta property="og:locale" content="en_US"></head><body></body></html>', 'en-US'],
    ['<html><head></head><body></body></html>', null],
  ])('lang of %j is %s', (html, lang) => {
    expect(readPageMetadata(parseDocument(html)).lang).toBe(lang)
  })
})
