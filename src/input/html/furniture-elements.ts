// Page furniture by what the element is, whatever its class says: a <nav>, an <aside>, a <footer>, a caption,
// a dialog, and landmarks by their role ("navigation", "complementary", "contentinfo", …); and by the names the
// page gives it (class="c-share-bar", id="newsletter-signup"). Read on the DOM by boilerplate.ts and on the
// markup's tags by prune-markup.ts, which leaves out early what is sure to go.

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'dialog', 'button'])
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog'])
/** What holds the story: never furniture by its name or role, whatever it says. */
const CONTAINERS = new Set(['body', 'html', 'article', 'main'])

/** `name` in lower case ("nav"); `role` as written, matched whole ("navigation", not "Navigation menu"). */
export function isFurnitureElement(name: string, role: string | null): boolean {
  return FURNITURE_TAGS.has(name) || (role !== null && FURNITURE_ROLES.has(role))
}

/** <body>, <html>, <article>, <main>; `name` in lower case. */
export function isContainer(name: string): boolean {
  return CONTAINERS.has(name)
}

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

/**
 * A class or id that names furniture: a word of it ("c-share-bar" → c, share, bar; "newsletterSignup" →
 * newsletter, signup) or a phrase. `verdicts`: what each class attribute and id was found to say, kept for one
 * page (which repeats its class attributes, "menu-item" forty times, and is asked about twice: prune-markup.ts,
 * boilerplate.ts).
 */
export function furnitureNames(className: string | null, id: string | null, verdicts: Verdicts = new Map()): boolean {
  const says = (value: string | null) => {
    if (value === null) return false
    let verdict = verdicts.get(value)
    if (verdict === undefined) {
      verdict = value.split(/\s+/).some(namesFurniture)
      verdicts.set(value, verdict)
    }
    return verdict
  }
  return says(className) || says(id)
}

/** Class attributes and ids → whether they name furniture. */
export type Verdicts = Map<string, boolean>

function namesFurniture(name: string): boolean {
  // atomic CSS ("Mx(a)--modalCentered", "hover:underline") describes looks, not what a box is for
  if (name === '' || /[():!$]/.test(name)) return false
  return FURNITURE_PHRASES.test(name) || someWord(name)
}

/**
 * A word of `name` is a furniture word: its words are split at runs of "-" and "_" and where a lower-case letter
 * meets a capital ("c-share-bar" → c, share, bar; "newsletterSignup" → newsletter, Signup). A scan, not a split
 * by a regular expression: a page has hundreds of class names, each asked about once.
 */
function someWord(name: string): boolean {
  let start = 0
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : 45
    const separator = code === 45 || code === 95 // "-", "_"
    const camel = !separator && code >= 65 && code <= 90 && i > start && isLowerAscii(name.charCodeAt(i - 1))
    if (!separator && !camel) continue
    if (i > start && FURNITURE_WORDS.has(name.slice(start, i).toLowerCase())) return true
    start = separator ? i + 1 : i
  }
  return false
}

const isLowerAscii = (code: number) => code >= 97 && code <= 122
