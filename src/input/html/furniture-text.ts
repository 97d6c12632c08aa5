// Paragraphs inside an article's container that are the page talking, not the story, told by their words:
//
//   "READ MORE: Storm closes coastal road"                a link to another story
//   "Sign up to our newsletter for the latest news"       a box
//   "Media playback is unsupported on your device"        a player's stand-in
//   "PUBLISHED: 09:12, Wed, Mar 4, 2020"                  a date line ("Mar. 5, 2020 7:15 AM EST")
// Only short paragraphs: "Related talks failed in June, officials said." opens like a "Related" box but is a story.

const MAX_FURNITURE_CHARS = 160

const OPENINGS = new RegExp(
  '^(?:' + [
    'read more', 'read next', 'more from', 'more great', 'see more', 'see also', "don'?t miss", 'also read', 'related(?: (?:articles?|stories|posts?|content|coverage|links?|reading|video))?:',
    'you (?:may|might) (?:also )?like', 'recommended(?: for you)?$', 'trending(?: now)?$', 'most (?:read|popular|viewed)', 'popular$', 'latest$',
    'advertisement$', 'sponsored', 'subscribe', 'sign up', 'click here', 'follow (?:us|him|her|me)\\b', 'share (?:this|on)\\b', 'share$',
    'print(?: article)?$', 'order reprints', 'text size', 'loading(?: content)?\\s*(?:\\.\\.\\.|…)?$', 'media playback is unsupported', 'image copyright', 'image caption',
    'media caption', 'copyright\\b', '©', 'all rights reserved', 'get (?:the|our) .{0,40}app', 'download (?:the|our) .{0,40}app', 'about the author$', 'comments?$',
    'story continues below', 'watch(?: video| now| below)?:',
  ].join('|') + ')',
  'i',
)

const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:published|updated|posted|last|first|original|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|[ecmp][sd]t|et|pt)\b|\d+(?:st|nd|rd|th)?/gi

export function furnitureParagraph(text: string): boolean {
  if (text.length > MAX_FURNITURE_CHARS) return false
  return OPENINGS.test(text) || isDateLine(text)
}

/** "Mar. 5, 2020, 8:40 AM UTC", "| UPDATED: 10:20, Wed, Mar 4, 2020": a year and nothing but date words. */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || !/\b(?:19|20)\d\d\b/.test(text)) return false
  const rest = text.replace(DATE_WORDS, ' ').replace(/[^\p{L}]+/gu, ' ').trim()
  return rest === '' || rest.split(' ').length <= 1
}

/**
 * A list, a short paragraph or a block of several links whose words are nearly all links: other stories, not
 * this one ("DON'T MISS<br><a>Storm warning: agency names eight towns</a><br><a>…</a>"). `name`: the element's
 * ("ul"); `links`: the links inside it; `linked`: the characters of their text, white space squeezed.
 */
export function mostlyLinks(name: string, text: string, links: number, linked: number): boolean {
  const share = linked / text.length
  if (name === 'ul' || name === 'ol' || links >= 3) return share >= 0.7
  return text.length <= MAX_FURNITURE_CHARS && share >= 0.9
}
