// What the page says about its article, each field from the most trusted place that has it:
//   1. JSON-LD (json-ld.ts)
//   2. Open Graph and article:* meta ("og:title", "article:published_time", "og:site_name")
//   3. other meta names ("date", "pubdate", "DC.date.issued", "author"), <link rel="canonical">, <html lang>
//   4. the markup: <time datetime> (a pubdate or datePublished one first, then the first in an <article>,
//      then any), an author link or byline element, <title>, the first <h1>
// A field the page does not state stays null: the published date is then the analyzer's guess from the text.
import type { DomDocument } from './dom'
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

export interface MetadataOptions {
  /** The address the page was fetched from: relative canonical links resolve against it. */
  address?: string | null
}

export function readPageMetadata(document: DomDocument, options: MetadataOptions = {}): PageFacts {
  const jsonLd = readJsonLd(document)
  const meta = metaValues(document)
  const first = (names: string[]) => names.map((name) => meta.get(name)).find((value) => value !== undefined) ?? null

  const base = baseAddress(document, options.address ?? null)
  const url = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    meta.get('og:url'),
    jsonLd?.url,
    options.address,
  ].map((href) => absoluteHttp(href, base)).find((href) => href !== null) ?? null

  // og:site_name names the site; JSON-LD's publisher can be the company behind it
  // og:site_name names the site; JSON-LD's publisher can be the company behind it
  const siteName = [...SITE_META.map((name) => meta.get(name)), jsonLd?.publisher].map(clean).find((name) => name !== null && !looksLikeAddress(name)) ?? null
  const host = url ? new URL(url).hostname : null
  const metaAuthors = AUTHOR_META.map((name) => meta.get(name)).filter((value): value is string => value !== undefined && !looksLikeAddress(value))
  const byline = [jsonLd && jsonLd.authors.length > 0 ? joinNames(jsonLd.authors) : null, ...metaAuthors, ...markupBylines(document)]
    .map(cleanByline).find((name) => name !== null) ?? null

  // the first candidate that is a headline once the site's name is gone, not the site's name itself
  const titles = [jsonLd?.headline, ...TITLE_META.map((name) => meta.get(name)), document.title, document.querySelector('h1')?.textContent]
  const title = titles.map(clean).filter((candidate): candidate is string => candidate !== null && candidate !== siteName)
    .map((candidate) => headlineWithoutSite(candidate, siteName, host, byline))
    .find((candidate) => candidate !== '') ?? null

  const published = [jsonLd?.datePublished, ...DATE_META.map((name) => meta.get(name)), timeElementDate(document)]
    .map((value) => statedDate(value))
    .find((day) => day !== null) ?? null

  const lang = clean(document.documentElement.getAttribute('lang')) ?? clean(meta.get('content-language')) ?? clean(jsonLd?.inLanguage) ?? locale(meta.get('og:locale'))
  return { title, published, byline, siteName, url, lang }
}

/** <meta property|name|itemprop|http-equiv="…" content="…"> and microdata, names in lower case, the first of each kept. */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>()
  // microdata may state its value as text: <span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span>
  for (const element of Array.from(document.querySelectorAll('meta[content], [itemprop]'))) {
    const content = (element.getAttribute('content') ?? element.getAttribute('datetime') ?? (element.tagName === 'META' ? '' : element.textContent) ?? '').trim()
    if (content.length > 300) continue
    if (!content) continue
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const name of (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        if (name && !values.has(name)) values.set(name, content)
      }
    }
  }
  return values
}

function timeElementDate(document: DomDocument): string | null {
  const time =
    document.querySelector('time[pubdate][datetime], time[itemprop~="datePublished"][datetime]') ??
    document.querySelector('article time[datetime]:not([itemprop~="dateModified"])') ??
    document.querySelector('time[datetime]:not([itemprop~="dateModified"])')
  return time?.getAttribute('datetime') ?? null
}

/** <base href> resolved against the page's own address, else that address. */
function baseAddress(document: DomDocument, address: string | null): string | null {
  const href = document.querySelector('base[href]')?.getAttribute('href')
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

/** Who wrote it, as the markup shows it: an author's name in microdata, an author link, a byline element. */
function markupBylines(document: DomDocument): string[] {
  const elements = [
    document.querySelector('[itemprop~="author"] [itemprop~="name"]'),
    document.querySelector('[itemprop~="author"]'),
    document.querySelector('a[rel~="author"]'),
    document.querySelector('[class~="byline"], [class*="byline__name"], [class*="author-name"], [class~="author"]'),
  ]
  return elements.map((element) => element?.getAttribute('content') ?? element?.textContent ?? '').filter(Boolean)
}

/**
 * "By Ana Lee" → "Ana Lee"; "BY ANA LEE AND TOM KERR" stays as the page wrote it, without the "BY". A byline
 * element that holds more than names ("by Lucas Nolan 22 Dec 2016 651 comments") or no name ("J J", initials
 * around an avatar) is no byline.
 */
function cleanByline(value: string | null): string | null {
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

/** "en_GB" → "en-GB". */
function locale(value: string | undefined): string | null {
  return clean(value?.replace('_', '-'))
}
