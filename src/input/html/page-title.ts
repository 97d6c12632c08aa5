// A page's headline without the site's name that pages add to their <title>:
//
//   "Storm closes schools | Daily Post"       → "Storm closes schools"   (the site's name, known from og:site_name)
//   "Storm closes schools - dailypost.com"    → "Storm closes schools"   (the site's address)
//   "BBC News - Obama admits gun laws frustrate him" → "Obama admits gun laws frustrate him"
//   "Hong Kong latest: police storm campus | World | News" → "Hong Kong latest: police storm campus"  (short sections)
//   "Brexit - what happens next"              → unchanged (a headline with a dash, not a site)
//   "Whales stranded | Jane Albury"           → "Whales stranded" (the author's name, from the byline)

const SEPARATOR = /\s+[|\-–—·•»:]{1,2}\s+|\s+::\s+/g

export function headlineWithoutSite(title: string, siteName: string | null, host: string | null, byline: string | null = null): string {
  const clean = title.replace(/\s+/g, ' ').trim()
  const parts = splitAtSeparators(clean)
  if (parts.length < 2) return clean
  // an author's name is sometimes added the same way ("Hadley fishermen fearful over whale strandings | Jane Albury")
  const isSite = (part: string) => sameName(part, siteName) || sameName(part, host) || sameName(part, byline)
  // the site's name at either end
  let start = 0
  let end = parts.length
  while (end - start > 1 && isSite(parts[end - 1].text)) end--
  while (end - start > 1 && isSite(parts[start].text)) start++
  // then short section names at the end ("| World | News"), when what stays is a headline of some length:
  // after the site's name, in a chain of three or more parts, or when nothing says what the site is called
  const sectionsLikely = end < parts.length || start > 0 || parts.length > 2 || (siteName === null && host === null)
  const headlineLeft = () => wordCount(clean.slice(parts[start].start, parts[end - 2].end)) >= 4
  while (sectionsLikely && end - start > 1 && wordCount(parts[end - 1].text) <= 3 && headlineLeft()) end--
  return clean.slice(parts[start].start, parts[end - 1].end).trim()
}

interface Part {
  text: string
  start: number
  end: number
}

function splitAtSeparators(title: string): Part[] {
  const parts: Part[] = []
  let start = 0
  for (const match of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(start, match.index), start, end: match.index! })
    start = match.index! + match[0].length
  }
  parts.push({ text: title.slice(start), start, end: title.length })
  return parts
}

/** "The Daily Post" = "Daily Post" = "dailypost.com" = "www.dailypost.co.uk". */
function sameName(part: string, name: string | null): boolean {
  if (!name) return false
  const key = (s: string) => s.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\.(?:com|org|net|co\.uk|co|news|info)(?:\/.*)?$/, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '')
  const a = key(part)
  const b = key(name)
  return a.length > 0 && (a === b || (b.length >= 4 && a.startsWith(b)) || (a.length >= 4 && b.startsWith(a)))
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
