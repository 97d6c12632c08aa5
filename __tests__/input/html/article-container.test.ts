// Which part of a page is the story: scored by its running text, its siblings joined, the blocks inside it that
// are not the story left out. The pages are written for these tests.
import { extractArticleBody } from '../../../src/input/html/article-body'
import { findArticleContainer } from '../../../src/input/html/article-container'
import { parseDocument } from '../../../src/input/html/dom'
import { repeatedHeadline } from '../../../src/input/html/headline'
import { readPage } from '../../../src/input/html/read-page'

const STORY = [
  'Twelve schools across the valley will stay shut until Friday after the River Wend burst its banks on Monday night, the county council said.',
  '“We cannot put children on buses when half the roads are under water,” said Maria Okafor, the council’s head of education. “Safety comes first.”',
  'The Environment Agency issued 14 flood warnings on Tuesday, and forecasters expect another 40mm of rain by Thursday.',
]
const MORE = [
  'Residents of Millbrook, Hadley and Upper Wend spent the night moving furniture upstairs, and the fire service rescued two drivers.',
  'The council said repairs to the Wend bridge, closed since January, would start once the water had gone down.',
]
const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('')
const page = (body: string) => `<!doctype html><html><head><title>Storm closes valley schools | Valley Courier</title></head><body>${body}</body></html>`
const body = (html: string) => extractArticleBody(parseDocument(page(html)))
const container = (html: string) => {
  const { parts } = findArticleContainer(parseDocument(page(html)).body)
  return parts.map((part) => `${part.name}${part.attribs.id ? `#${part.attribs.id}` : ''}`).join(' ')
}

describe('findArticleContainer', () => {
  it.each<[string, string, string]>([
    ['the element around the paragraphs', `<div id="menu"><p>Home</p><p>News</p></div><div id="story">${paragraphs(STORY)}</div>`, 'div#story'],
    ['prose over a list of links', `<div id="links"><p><a>Flood insurance bills double in five years across the valley</a></p><p><a>Wend bridge reopens after repairs, council says</a></p><p><a>Storm warning: agency names eight towns at risk</a></p></div><div id="story">${paragraphs(STORY)}</div>`, 'div#story'],
    ['a class that names the story over a box as long', `<div id="story" class="article-body">${paragraphs(STORY.slice(0, 2))}</div><div class="c-box">${paragraphs(MORE)}</div>`, 'div#story'],
    ['a story split by an advert slot: its parts are siblings', `<div id="wrap"><div id="part-1">${paragraphs(STORY)}</div><div id="ad"></div><div id="part-2">${paragraphs(MORE)}</div></div>`, 'div#part-1 div#part-2'],
    ['a paragraph beside the container, and one in a wrapper of its own', `<div id="wrap"><p id="lead">${STORY[0]}</p><div id="story">${paragraphs(STORY.slice(1))}${paragraphs(MORE)}</div><div id="media"><p id="end">The council meets again on Monday.</p></div></div>`, 'p#lead div#story div#media'],
    ['chunks that look alike, each in wrappers of its own', `<div id="chunks"><div><div class="body">${paragraphs(STORY)}</div></div><div><div class="body body-2">${paragraphs(MORE)}</div></div></div>`, 'div#chunks'],
    ['a paragraph beside the wrapper the container is alone in', `<div id="body"><div id="intro"><p>${STORY[0]}</p></div><div id="more"><div id="more-text">${paragraphs(STORY.slice(1))}${paragraphs(MORE)}</div></div></div>`, 'div#intro div#more'],
    // near misses: a short caption beside the story is not prose of it; a single chunk is not widened
    ['not a short line without a full stop', `<div id="wrap"><div id="story">${paragraphs(STORY)}${paragraphs(MORE)}</div><p id="credit">Photograph by Tom Kerr</p></div>`, 'div#story'],
    ['not a wrapper when nothing else looks alike', `<div id="outer"><div id="inner" class="body">${paragraphs(STORY)}</div><div class="rail"><ul><li><a>Flood insurance bills double</a></li><li><a>Wend bridge reopens</a></li></ul></div></div>`, 'div#inner'],
    ['not an element around the container that holds more, a date', `<article id="story"><time>13 February 2024</time><div id="text">${paragraphs(STORY)}${paragraphs(MORE)}</div></article>`, 'div#text'],
    ['not an element around the container with the same class', `<section><div id="book" class="clearfix"><div id="player"><div>Auto</div><div>High (HD)</div><div>Captions will look like this</div></div><div id="text" class="clearfix">${paragraphs(STORY)}${paragraphs(MORE)}</div></div></section>`, 'div#text'],
    ['the body when nothing is prose', '<div>Home</div><div>News</div>', 'body'],
  ])('%s', (_name, html, expected) => {
    expect(container(html)).toBe(expected)
  })
})

describe('extractArticleBody', () => {
  it.each<[string, string, string]>([
    ['a line of links inside the story', `<div id="story">${paragraphs(STORY)}<div class="linkback">Tag: <a>valley floods</a></div></div>`, STORY.join('\n\n')],
    ['buttons with no text to speak of', `<div id="story"><div class="size"><div>–</div><div>A</div><div>+</div></div>${paragraphs(STORY)}</div>`, STORY.join('\n\n')],
    ['a block named as something else', `<div id="story">${paragraphs(STORY)}<div class="sidebar-tools"><p>Print this page.</p></div></div>`, STORY.join('\n\n')],
    // near misses: a paragraph block with a link is the story; so is a table of figures without links
    ['a paragraph as a <div> with a link', `<div id="story">${paragraphs(STORY)}<div>The agency’s <a>flood map</a> shows the roads that are closed across the valley.</div></div>`,
      [...STORY, 'The agency’s flood map shows the roads that are closed across the valley.'].join('\n\n')],
    ['a table of figures', `<div id="story">${paragraphs(STORY)}<table><tr><td>Millbrook</td><td>40mm</td></tr></table></div>`, [...STORY, 'Millbrook | 40mm'].join('\n\n')],
  ])('leaves out or keeps %s', (_name, html, expected) => {
    expect(body(html)).toBe(expected)
  })

  it('leaves out the headline the page repeats above the story, not a subheading', () => {
    const html = page(`<article><h1>Storm closes valley schools</h1>${paragraphs(STORY)}<h2>What the council said</h2>${paragraphs(MORE)}</article>`)
    expect(extractArticleBody(parseDocument(html), { title: 'Storm closes valley schools' })).toBe([...STORY, 'What the council said', ...MORE].join('\n\n'))
  })
})

describe('repeatedHeadline', () => {
  it.each<[string, string | null, string | null]>([
    ['<h1>Storm closes valley schools</h1>', 'Storm closes valley schools', 'Storm closes valley schools'],
    ['<h2>Storm closes valley schools again</h2>', 'Storm closes valley schools', 'Storm closes valley schools again'],
    ['<h3>Storm closes valley schools</h3><h2>Storm closes valley schools</h2>', 'Storm closes valley schools', 'Storm closes valley schools'],
    // near misses
    ['<h2>What the council said about the storm</h2>', 'Storm closes valley schools', null],
    ['<h1>Storm closes valley schools</h1>', null, null],
  ])('%s with the title %j', (html, title, expected) => {
    const found = repeatedHeadline(parseDocument(page(html)).body, title)
    expect(found && found.children.map((child) => ('data' in child ? child.data : '')).join('')).toBe(expected)
  })
})

describe('readPage, a second reading', () => {
  it('reads a page again by its text alone when a box named like the story gave little', () => {
    const html = page(`<div id="story-player"><div>Video: the flooded road at Millbrook, filmed on Monday night.</div></div><div>${paragraphs(STORY)}</div>`)
    expect(readPage(html)).toMatchObject({ ok: true, article: { text: STORY.join('\n\n') } })
  })
})
