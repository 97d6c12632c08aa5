// The article as the page describes it in JSON-LD (schema.org), the most trusted of its metadata:
//
//   <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
//     {"@type": "WebPage", …}, {"@type": ["NewsArticle", "Article"], "headline": "Storm closes schools",
//      "datePublished": "2024-03-02T07:15:00Z", "author": [{"@id": "#ana"}], "publisher": {"name": "Daily Post"}},
//     {"@id": "#ana", "@type": "Person", "name": "Ana Lee"}]}</script>
//
// Articles are found wherever they sit: top level, in a list, inside "@graph", or as the "mainEntity" of a
// page; "@type" may be one name or a list, with or without a prefix ("schema:NewsArticle",
// "http://schema.org/NewsArticle"); an "@id" reference is followed within the page's JSON-LD.
import { attribute, textOf, type DomElement } from './dom'

export interface JsonLdArticle {
  headline: string | null
  datePublished: string | null
  /** Author names in order, references followed. */
  authors: string[]
  publisher: string | null
  url: string | null
  inLanguage: string | null
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const ARTICLE_TYPES = /^(?:\w*Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting)$/
const PAGE_TYPES = /^(?:WebPage|ItemPage)$/

/** The first article the page's JSON-LD describes, or null; `scripts`: the page's <script> elements. */
export function readJsonLd(scripts: ArrayLike<DomElement>): JsonLdArticle | null {
  const objects: JsonObject[] = []
  for (const script of Array.from(scripts)) {
    if ((attribute(script, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue
    const value = parseLenient(textOf(script))
    if (value !== undefined) collect(value, objects)
  }
  const byId = new Map<string, JsonObject>()
  for (const object of objects) if (typeof object['@id'] === 'string') byId.set(object['@id'], object)
  // a page that describes itself only as a WebPage still gives its headline and date there
  const article = objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type))) ??
    objects.find((object) => typesOf(object).some((type) => PAGE_TYPES.test(type)) && text(object.datePublished) !== null)
  if (!article) return null
  const resolve = (value: Json): Json => (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1 ? (byId.get(value['@id']) ?? value) : value)
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished),
    authors: listOf(article.author).map(resolve).map(nameOf).filter((name): name is string => name !== null),
    publisher: nameOf(resolve(article.publisher ?? null)),
    url: text(article.url) ?? text(article.mainEntityOfPage) ?? (isObject(article.mainEntityOfPage) ? text(article.mainEntityOfPage['@id']) : null),
    inLanguage: text(article.inLanguage),
  }
}

/** JSON as pages write it: wrapped in a comment or CDATA, with a stray semicolon or raw line breaks in strings. */
function parseLenient(source: string): Json | undefined {
  const trimmed = source.trim().replace(/^(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)$/, '').trim().replace(/;$/, '')
  for (const candidate of [trimmed, trimmed.replace(/[\r\n\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as Json
    } catch {
      // try the next repair
    }
  }
  return undefined
}

/** Every object in the value, depth first: lists, "@graph" and nested objects ("mainEntity") included. */
function collect(value: Json, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into)
  } else if (isObject(value)) {
    into.push(value)
    for (const [key, inner] of Object.entries(value)) {
      if (key === '@graph' || key === 'mainEntity' || key === 'hasPart' || key === 'itemListElement') collect(inner, into)
    }
  }
}

/** "schema:NewsArticle" and "http://schema.org/NewsArticle" → "NewsArticle". */
function typesOf(object: JsonObject): string[] {
  return listOf(object['@type']).filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^.*[/:#]/, ''))
}

function nameOf(value: Json): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (isObject(value)) return text(value.name)
  return null
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null
  if (Array.isArray(value)) return text(value[0])
  return null
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }

/** Strings that pages escape twice: "Okafors&#039; light installation" → "Okafors' light installation". */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()]
    const code = decimal ? Number(decimal) : parseInt(hex!, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

function listOf(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
