// Page furniture that is not the story, taken out before Readability scores the page and again from the
// element it picks (which keeps whatever sits inside the article's own container):
//
//   before   <nav>, <aside>, <footer>, <figcaption>, landmarks (role="navigation", "complementary", …), and
//            elements whose class or id names furniture: share bars, newsletter and subscription boxes,
//            related and "more stories" lists, comments, cookie banners, breadcrumbs, bylines and author
//            boxes, captions and credits, text meant for screen readers only ("Image caption")
//   after    short paragraphs that are furniture by their words ("READ MORE: Storm closes schools",
//            "Sign up to our newsletter", "Media playback is unsupported on your device"), lines that are
//            only a date ("PUBLISHED: 09:12, Wed, Mar 4, 2020"), and lists or paragraphs that are all links
//            (a "You may also like" list of other stories)
// An element holding most of the page's paragraphs is never removed by its name, whatever its class says.
import type { DomDocument, DomElement } from './dom'
import { furnitureParagraph, mostlyLinks } from './furniture-text'

const FURNITURE_TAGS = 'nav, aside, footer, figcaption, dialog, button, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="search"], [role="dialog"], [role="alertdialog"]'

// matched against each class and the id, split into words ("c-share-bar" → c, share, bar)
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
  'promo', 'related', 'recommended', 'recommendations', 'outbrain', 'taboola', 'comment', 'comments', 'disqus',
  'cookie', 'cookies', 'consent', 'gdpr', 'breadcrumb', 'breadcrumbs', 'byline', 'caption', 'credit', 'credits',
  'tags', 'advert', 'advertisement', 'sponsored', 'popup', 'toolbar', 'trending', 'offscreen',
  'sronly', 'author', 'bio', 'timestamp', 'dateline',
])
// several words that only mean furniture together ("more-stories", "read-more", "visually-hidden")
const FURNITURE_PHRASES = /(?:^|[-_])(?:more[-_]?stories|read[-_]?more|most[-_]?(?:read|popular)|visually[-_]?hidden|screen[-_]?reader|sr[-_]only|off[-_]screen|about[-_]the[-_]author|ad[-_]?(?:slot|container|unit|wrapper|block))(?:$|[-_])/i

export function removeBoilerplate(document: DomDocument): void {
  const pageText = paragraphText(document.body)
  const keep = (element: DomElement) => element.tagName === 'BODY' || element.tagName === 'HTML' || element.tagName === 'ARTICLE' || element.tagName === 'MAIN' || paragraphText(element) > pageText * 0.5
  for (const element of Array.from(document.body.querySelectorAll(FURNITURE_TAGS))) {
    if (!keep(element)) element.remove()
  }
  for (const element of Array.from(document.body.querySelectorAll('[class], [id]'))) {
    if (namesFurniture(element) && !keep(element)) element.remove()
  }
}

export function removeBoilerplateParagraphs(content: DomElement): void {
  for (const element of Array.from(content.querySelectorAll('p, li, h2, h3, h4, h5, h6, div, span, ul, ol, blockquote'))) {
    if (element.parentNode === null) continue
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text === '') continue
    const block = element.tagName !== 'SPAN' && element.tagName !== 'DIV'
    if (furnitureParagraph(text) || (block && mostlyLinks(element, text))) element.remove()
  }
}

export function namesFurniture(element: DomElement): boolean {
  // atomic CSS ("Mx(a)--modalCentered", "hover:underline") describes looks, not what a box is for
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter((name) => name && !/[():!$]/.test(name))
  return names.some((name) => FURNITURE_PHRASES.test(name) || name.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).some((word) => FURNITURE_WORDS.has(word.toLowerCase())))
}

/** Characters of paragraph text inside an element: what an article is made of. */
function paragraphText(element: DomElement): number {
  let length = 0
  for (const p of Array.from(element.querySelectorAll('p'))) length += (p.textContent ?? '').length
  return length
}
