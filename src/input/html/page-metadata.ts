// What the page says about its article, each field from the most trusted place that has it:
//   1. JSON-LD (json-ld.ts)
//   2. Open Graph and article:* meta ("og:title", "article:published_time", "og:site_name")
//   3. other meta names ("date", "pubdate", "DC.date.issued", "author"), <link rel="canonical">, <html lang>
//   4. the markup: <time datetime> (a pubdate or datePublished one first, then the first in an <article>,
//      then any), an author link or byline element, <title>, the first <h1>
// A field the page does not state stays null: the published date is then the analyzer's guess from the text.
import { attribute, elementsIn, isElement, textOf, type DomDocument, type DomElement } from './dom'
import { readJsonLd } from './json-ld'
import type { PageFacts } from './page-facts'
import { headlineWithoutSite } from './page-title'
import { statedDate } from './stated-date'

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time',
  'originalpublicationdate', 'displaydate', 'date.release',
]
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'title', 'headline']
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author', 'twitter:creator']
const SITE_META = ['og:site_name', 'application-name', 'publisher']

/** Elements read below, or whose text is (prune-markup.ts keeps what holds one or lies in one). */
const READ_ELEMENTS = new Set(['time', 'h1', 'meta', 'title', 'base', 'link', 'script'])

/**
 * An element this reader may take something from: by its tag, microdata, an author link, a class that names a
 * byline or an author (in any case: a wider net than the selectors below). `name` and attribute names in lower case.
 */
export function isMetadataElement(name: string, attributes: Record<string, string | undefined>): boolean {
  return READ_ELEMENTS.has(name) || attributes.itemprop !== undefined || /author/i.test(attributes.rel ?? '') || /byline|author/i.test(attributes.class ?? '')
}

export interface MetadataOptions {
  /** The address the page was fetched from: relative canonical links resolve against it. */
  address?: string | null
}

export function readPageMetadata(document: DomDocument, options: MetadataOptions = {}): PageFacts {
  // one walk lists the page's elements, in document order, for the searches that every page needs
  const { elements } = elementsIn(document)
  const jsonLd = readJsonLd(elements.filter((element) => element.name === 'script'))
  const meta = namedValues(elements.filter((element) => element.name === 'meta' && attribute(element, 'content') !== null))
  // microdata and the markup are searched only when the sources before them say nothing: most pages state
  // everything in JSON-LD or meta, and a search of the whole page costs more than the rest together
  let microdata: Map<string, string> | undefined
  const items = () => (microdata ??= namedValues(elements.filter((element) => attribute(element, 'itemprop') !== null)))
  const stated = (names: string[]) => function* () {
    for (const name of names) yield meta.get(name)
    for (const name of names) yield items().get(name)
  }

  const base = baseAddress(elements, options.address ?? null)
  const url = firstOf(function* () {
    // <link rel="canonical">, "Canonical" or "canonical shortlink" too
    const canonical = elements.find((element) => element.name === 'link' && /(?:^|\s)canonical(?:$|\s)/i.test(attribute(element, 'rel') ?? ''))
    yield canonical && attribute(canonical, 'href')
    yield meta.get('og:url')
    yield jsonLd?.url
    yield options.address
  }, (href) => absoluteHttp(href, base))

  // og:site_name names the site; JSON-LD's publisher can be the company behind it
  const siteName = firstOf(function* () {
    for (const name of SITE_META) yield meta.get(name)
    yield jsonLd?.publisher
  }, (name) => (name && !looksLikeAddress(name) ? clean(name) : null))
  const host = url ? new URL(url).hostname : null

  const byline = firstOf(function* () {
    if (jsonLd && jsonLd.authors.length > 0) yield joinNames(jsonLd.authors)
    for (const value of stated(AUTHOR_META)()) if (value && !looksLikeAddress(value)) yield value
    yield* markupBylines(elements)
  }, cleanByline)

  // the first candidate that is a headline once the site's name is gone, not the site's name itself
  const title = firstOf(function* () {
    yield jsonLd?.headline
    yield* stated(TITLE_META)()
    yield pageTitle(document)
    const h1 = elements.find((element) => element.name === 'h1')
    yield h1 && textOf(h1)
  }, (candidate) => {
    const text = clean(candidate)
    return text === null || text === siteName ? null : headlineWithoutSite(text, siteName, host, byline) || null
  })

  const published = firstOf(function* () {
    yield jsonLd?.datePublished
    yield* stated(DATE_META)()
    yield timeElementDate(elements)
  }, statedDate)

  const lang = firstOf(function* () {
    yield attribute(document.documentElement, 'lang')
    yield meta.get('content-language')
    yield jsonLd?.inLanguage
    yield meta.get('og:locale')?.replace('_', '-')
  }, clean)
  return { title, published, byline, siteName, url, lang }
}

/** The text of the first <title> in the head, as a browser's document.title before it trims it. */
function pageTitle(document: DomDocument): string {
  const title = elementsIn(document.head).elements.find((element) => element.name === 'title')
  return title ? textOf(title) : ''
}

/** The first candidate that `accept` turns into a value; candidates after it are never computed. */
function firstOf<T>(candidates: () => Iterable<string | null | undefined>, accept: (candidate: string | null | undefined) => T | null): T | null {
  for (const candidate of candidates()) {
    const value = accept(candidate)
    if (value !== null) return value
  }
  return null
}

/**
 * <meta property|name|http-equiv="…" content="…">, or microdata (which may state its value as text:
 * <span itemprop="datePublished">Wed 5:30 PM, Mar 4, 2020</span>); names in lower case, the first of each kept.
 */
function namedValues(elements: ArrayLike<DomElement>): Map<string, string> {
  const values = new Map<string, string>()
  for (const element of Array.from(elements)) {
    const content = (attribute(element, 'content') ?? attribute(element, 'datetime') ?? (element.name === 'meta' ? '' : textOf(element))).trim()
    if (!content || content.length > 300) continue
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const name of (attribute(element, key) ?? '').toLowerCase().split(/\s+/)) {
        if (name && !values.has(name)) values.set(name, content)
      }
    }
  }
  return values
}

// The searches of the markup, as selectors would say them: "~=" is one of the words of the value (in any case
// for rel, whose values HTML compares so), "*=" a part of it.
const word = (value: string, flags = '') => new RegExp(`(?:^|\\s)${value}(?:$|\\s)`, flags)
const AUTHOR = word('author')
const AUTHOR_ANY_CASE = word('author', 'i')
const NAME = word('name')
const BYLINE = word('byline')
const PUBLISHED = word('datePublished')
const MODIFIED = word('dateModified')
const has = (element: DomElement, name: string, value: RegExp) => value.test(attribute(element, name) ?? '')
const within = (element: DomElement, test: (ancestor: DomElement) => boolean) => {
  for (let node = element.parent; node !== null && isElement(node); node = node.parent) if (test(node)) return true
  return false
}

/**
 * time[pubdate][datetime], time[itemprop~="datePublished"][datetime]; then article time[datetime] and any
 * time[datetime], but not one itemprop="dateModified".
 */
function timeElementDate(elements: DomElement[]): string | null {
  const times = elements.filter((element) => element.name === 'time' && attribute(element, 'datetime') !== null)
  const stated = (time: DomElement) => !has(time, 'itemprop', MODIFIED)
  const time =
    times.find((time) => attribute(time, 'pubdate') !== null || has(time, 'itemprop', PUBLISHED)) ??
    times.find((time) => stated(time) && within(time, (ancestor) => ancestor.name === 'article')) ??
    times.find(stated)
  return time ? attribute(time, 'datetime') : null
}

/** <base href> resolved against the page's own address, else that address. */
function baseAddress(elements: DomElement[], address: string | null): string | null {
  const base = elements.find((element) => element.name === 'base' && attribute(element, 'href') !== null)
  const href = base && attribute(base, 'href')
  return absoluteHttp(href, address) ?? address
}

function absoluteHttp(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}

/**
 * Who wrote it, as the markup shows it: an author's name in microdata ([itemprop~="author"] [itemprop~="name"],
 * then [itemprop~="author"]), an author link (a[rel~="author"]), a byline element ([class~="byline"],
 * [class*="byline__name"], [class*="author-name"], [class~="author"]); the first of each in the page.
 */
function* markupBylines(elements: DomElement[]): Generator<string | null> {
  const searches: Array<(element: DomElement) => boolean> = [
    (element) => has(element, 'itemprop', NAME) && within(element, (ancestor) => has(ancestor, 'itemprop', AUTHOR)),
    (element) => has(element, 'itemprop', AUTHOR),
    (element) => element.name === 'a' && has(element, 'rel', AUTHOR_ANY_CASE),
    (element) => {
      const names = attribute(element, 'class')
      return names !== null && (BYLINE.test(names) || names.includes('byline__name') || names.includes('author-name') || AUTHOR.test(names))
    },
  ]
  for (const search of searches) {
    const element = elements.find(search)
    yield element ? (attribute(element, 'content') ?? textOf(element)) : null
  }
}

/**
 * "By Ana Lee" → "Ana Lee"; "BY ANA LEE AND TOM KERR" stays as the page wrote it, without the "BY". A byline
 * element that holds more than names ("by Tom Okafor 4 Mar 2020 212 comments") or no name ("J J", initials
 * around an avatar) is no byline.
 */
function cleanByline(value: string | null | undefined): string | null {
  const text = clean(value)?.replace(/^by[:\s]+/i, '').trim()
  return text && text.length <= 100 && !/\d/.test(text) && /\p{L}{2}/u.test(text) ? text : null
}

/** ["Ana Lee"] → "Ana Lee"; ["Ana Lee", "Tom Kerr", "Sam Roe"] → "Ana Lee, Tom Kerr and Sam Roe". */
function joinNames(names: string[]): string {
  const unique = [...new Set(names.map((name) => name.replace(/\s+/g, ' ').trim()))]
  return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}

/** An author meta that is a profile link ("https://www.facebook.com/ana.lee") names nobody. */
function looksLikeAddress(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\.|^@/i.test(value.trim())
}
