// The report parsed as a browser would (linkedom's HTML parser), for tests that read the DOM: an element
// that was not closed where it should be, or text that became markup, shows up here.
import { parseHTML } from 'linkedom'

export type Page = ReturnType<typeof parseHTML>['document']

export function parsePage(html: string): Page {
  return parseHTML(html).document
}

/** A quote's words as the page shows them: its first piece and the pieces that continue it, joined. */
export function quoteText(scope: Pick<Page, 'querySelector' | 'querySelectorAll'>, id: string): string {
  const first = scope.querySelector(`[data-quote-id="${id}"]`)
  if (!first) throw new Error(`no quote ${id} in the page`)
  const rest = [...scope.querySelectorAll('[data-quote-continues]')].filter((el) => el.getAttribute('data-quote-continues') === id)
  return [first, ...rest].map((el) => el.textContent).join('')
}

/** Spaces and line breaks aside: a quote cut at a paragraph break loses the break. */
export const squeeze = (text: string) => text.replace(/\s+/g, '')
