// Which elements of a page hold its story, found the way content extractors do it: running text makes the
// element around it likely to be the story's container. Each paragraph of 25 characters or more scores a point,
// one more for each comma (a sentence of the story has them, a menu does not) and one for each 100 characters
// (up to 3), times the share of it that is not links; its parent gets the score, its grandparent half of it,
// the levels above less and less. An element's own score is that, plus a little for what it is (a <div> or
// <article> is a container, a list or a heading is not) and for what its class and id say ("article-body" +,
// "sidebar" −), times the share of its text that is not links. The best is the story's container; its
// siblings join it when they score near it or are paragraphs of prose (a story split by an advert slot:
// <div class="body-1">…</div><div class="ad"></div><div class="body-2">…</div>).
import { attribute, childElements, type DomElement } from './dom'
import { textFigures, type TextFigures } from './text-figures'

const MIN_PARAGRAPH = 25
/** Blocks whose own text is not prose of the story: headings, list items (mostly menus), figures' captions. */
const NOT_PARAGRAPHS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'ul', 'ol', 'dl', 'figcaption', 'caption', 'th', 'tr', 'table', 'tbody', 'thead', 'tfoot'])
/** Inline elements: their text is their parent's running text, not a paragraph of its own. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'img', 'br', 'wbr'])
/** How an element's kind weighs: containers up, lists, forms and headings down. */
const KIND_WEIGHT: Record<string, number> = {
  div: 5, article: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
}
/** What the levels above a paragraph get of its score: the parent all, the grandparent half, … */
const SHARES = [1, 1 / 2, 1 / 6, 1 / 9, 1 / 12]
/** How many levels above the best-scoring element the story's container may be. */
const MAX_WIDENING = 6

// the words of a class or an id ("c-article-body" → c, article, body; "storyText" → story, text)
const STORY_WORDS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'prose', 'blog', 'hentry', 'copy'])
// and words run together ("storytext", "articlebody", "maincontent", "postbody")
const STORY_STEMS = /^(?:article|story|post|entry|main)[a-z]*(?:body|text|content)$/
const OTHER_WORDS = new Set([
  'comment', 'comments', 'sidebar', 'side', 'rail', 'footer', 'foot', 'masthead', 'header', 'related', 'promo', 'share', 'social',
  'sponsor', 'sponsored', 'widget', 'meta', 'tags', 'tag', 'nav', 'menu', 'banner', 'ad', 'ads', 'advert', 'teaser', 'recirc',
  'outbrain', 'taboola', 'popular', 'trending', 'newsletter', 'subscribe', 'hidden', 'modal', 'popup', 'shopping', 'contact',
])

export interface ArticleContainer {
  /** The elements holding the story, in document order: the container and the siblings that join it. */
  parts: DomElement[]
  figures: TextFigures
  /** How the container scored (0: nothing looked like prose, the whole body is taken). */
  score: number
}

/** `hints`: whether class names and ids weigh (+25 "article-body", −25 "sidebar"). */
export function findArticleContainer(body: DomElement, options: { hints?: boolean } = {}): ArticleContainer {
  const hints = options.hints !== false
  const figures = textFigures(body)
  const { elements, index, text, links, ownText, ownLinks, ownCommas } = figures
  const n = elements.length
  const points = new Float64Array(n)
  const scored = new Uint8Array(n)
  // the running text of the paragraphs inside each element that is not links
  const prose = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    const element = elements[i]
    const parent = index.get(element.parent as DomElement)
    if (isParagraph(element, ownText[i])) {
      const share = 1 - ownLinks[i] / ownText[i]
      prose[i] += ownText[i] * share
      const score = (1 + ownCommas[i] + Math.min(Math.floor(ownText[i] / 100), 3)) * share
      let ancestor = element.parent
      for (let level = 0; level < SHARES.length && ancestor !== null; level++) {
        const a = index.get(ancestor as DomElement)
        if (a === undefined) break // above the body
        points[a] += score * SHARES[level]
        scored[a] = 1
        ancestor = ancestor.parent
      }
    }
    if (parent !== undefined) prose[parent] += prose[i]
  }
  const final = new Float64Array(n)
  let best = -1
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue
    const element = elements[i]
    final[i] = (points[i] + (KIND_WEIGHT[element.name] ?? 0) + (hints ? hintWeight(element) : 0)) * (text[i] > 0 ? 1 - links[i] / text[i] : 1)
    if (best < 0 || final[i] > final[best]) best = i
  }
  if (best < 0) return { parts: [body], figures, score: 0 }
  const top = widened(promoted(best, final, figures), prose, figures)
  return { parts: withSiblings(unwrapped(top, figures), final[top], final, figures), figures, score: final[top] }
}

/** A block whose own running text is long enough to be a paragraph of prose. */
function isParagraph(element: DomElement, ownText: number): boolean {
  return ownText >= MIN_PARAGRAPH && !INLINE.has(element.name) && !NOT_PARAGRAPHS.has(element.name)
}

/**
 * The element holding the container and the other chunks of the story, when the page splits it into chunks
 * that look alike (<div class="chunks"><div class="grid"><div class="body">…</div></div><div class="grid">
 * <div class="body body-2">…</div></div></div>): elements of the container's tag and first class word, a few
 * levels up at most, holding prose; and most of what that element holds is in the chunks.
 */
function widened(top: number, prose: Float64Array, figures: TextFigures): number {
  const { elements, ends, index, text } = figures
  const kind = firstClass(elements[top])
  if (kind === null) return top
  const chunks: number[] = []
  for (let i = 0; i < elements.length; i++) {
    if (i === top) i = ends[top] - 1
    else if (ends[i] <= top || i > top) {
      // (not an element around the container)
      if (elements[i].name === elements[top].name && prose[i] >= MIN_PARAGRAPH * 4 && firstClass(elements[i]) === kind) chunks.push(i)
    }
  }
  if (chunks.length === 0) return top
  let above = top
  for (let level = 0; level < MAX_WIDENING; level++) {
    const next = index.get(elements[above].parent as DomElement)
    if (next === undefined) return top
    above = next
    const inside = chunks.filter((i) => i > above && i < ends[above])
    if (inside.length === chunks.length) break
  }
  const inside = chunks.filter((i) => i > above && i < ends[above])
  if (inside.length === 0) return top
  const chunkText = inside.reduce((sum, i) => sum + text[i], text[top])
  return chunkText >= text[above] * 0.6 ? above : top
}

/** The first word of an element's class attribute, what the element is ("story-body story-body-2" → story-body). */
function firstClass(element: DomElement): string | null {
  return /\S+/.exec(attribute(element, 'class') ?? '')?.[0] ?? null
}

/**
 * The element whose siblings are weighed for the story: the container, or the wrappers around it that hold
 * nothing else (<div class="story-body"><div class="intro"><p>…</p></div><div id="more"><div id="more-text">
 * …</div></div></div>: the intro is a sibling of the wrapper #more, not of #more-text).
 */
function unwrapped(top: number, figures: TextFigures): number {
  const { elements, index, text } = figures
  let wrapper = top
  for (;;) {
    const above = index.get(elements[wrapper].parent as DomElement)
    if (above === undefined || text[above] > text[top]) return wrapper
    wrapper = above
  }
}

/**
 * The story's container when several of the best-scoring elements lie in one element above the best: a story
 * whose paragraphs are split into sections, each scoring almost as well as the one that scores best.
 */
function promoted(best: number, final: Float64Array, figures: TextFigures): number {
  const { elements, ends, index } = figures
  const near: number[] = []
  for (let i = 0; i < final.length; i++) if (i !== best && final[i] >= final[best] * 0.75 && !(i > best && i < ends[best])) near.push(i)
  if (near.length < 3) return best
  near.sort((a, b) => final[b] - final[a])
  const alternatives = near.slice(0, 5)
  for (let node = elements[best].parent; node !== null; node = node.parent) {
    const a = index.get(node as DomElement)
    if (a === undefined) break
    if (alternatives.filter((i) => i > a && i < ends[a]).length >= 3) return a
  }
  return best
}

/**
 * The container and the siblings that score near it (`score`: the container's), or read as paragraphs of prose,
 * in document order.
 */
function withSiblings(top: number, score: number, final: Float64Array, figures: TextFigures): DomElement[] {
  const { elements, index } = figures
  const container = elements[top]
  const parent = container.parent
  if (parent === null || !index.has(parent as DomElement)) return [container]
  const threshold = Math.max(10, score * 0.2)
  const className = attribute(container, 'class')
  const parts: DomElement[] = []
  for (const sibling of (parent as DomElement).children) {
    if (sibling === container) {
      parts.push(container)
      continue
    }
    const s = index.get(sibling as DomElement)
    if (s === undefined) continue
    const bonus = className && attribute(elements[s], 'class') === className ? score * 0.2 : 0
    if (final[s] + bonus >= threshold || isProse(innermost(s, figures), figures)) parts.push(elements[s])
  }
  return parts
}

/**
 * A paragraph of the story beside its container: most of its text its own running text, and either long with
 * few links or a sentence without any ("The council meets again on Monday.").
 */
function isProse(s: number, figures: TextFigures): boolean {
  const { elements, text, links, ownText } = figures
  if (!isParagraph(elements[s], ownText[s]) || ownText[s] < text[s] * 0.8) return false
  const density = links[s] / text[s]
  return (text[s] > 80 && density < 0.25) || (density === 0 && /\.(?:\s|$)/.test(textOfParagraph(elements[s])))
}

/** The element inside wrappers that hold nothing else (<div class="media"><p>…</p></div> → the <p>). */
function innermost(s: number, figures: TextFigures): number {
  const { elements, index, ownText } = figures
  let inner = s
  for (;;) {
    const children = childElements(elements[inner])
    if (children.length !== 1 || ownText[inner] > 0) return inner
    inner = index.get(children[0])!
  }
}

function textOfParagraph(element: DomElement): string {
  let text = ''
  for (const child of element.children) if ('data' in child && typeof child.data === 'string') text += child.data
  return text
}

/** +25 for a class or an id that names the story ("article-body"), −25 for one that names something else. */
export function hintWeight(element: DomElement): number {
  return wordsWeight(attribute(element, 'class')) + wordsWeight(attribute(element, 'id')) + (attribute(element, 'itemprop') === 'articleBody' ? 25 : 0)
}

function wordsWeight(value: string | null): number {
  if (!value) return 0
  let story = false
  let other = false
  for (const word of value.split(/[\s\-_]+|(?<=[a-z])(?=[A-Z])/)) {
    const lower = word.toLowerCase()
    if (STORY_WORDS.has(lower) || STORY_STEMS.test(lower)) story = true
    else if (OTHER_WORDS.has(lower)) other = true
  }
  return (story ? 25 : 0) - (other ? 25 : 0)
}
