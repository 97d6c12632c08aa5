// Page furniture by what the element is, whatever its class says: a <nav>, an <aside>, a <footer>, a caption,
// a dialog, and landmarks by their role ("navigation", "complementary", "contentinfo", …). Read on the DOM by
// boilerplate.ts and on the markup's tags by prune-markup.ts, which leaves out early what is sure to go.

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
