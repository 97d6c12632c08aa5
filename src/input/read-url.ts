// readUrl("https://…") → the page or text at that address, decoded, or an InputError saying why not:
//   "HTTP 404", "timed out after 30 s", "not HTML or text: image/png".
// What the server says it sends decides: text/html and application/xhtml+xml are pages, text/plain is an
// article as it is; with no type at all the content decides, as for standard input.
import { decodePage, contentTypeCharset } from './html/charset'
import { fetchPage, type FetchOptions } from './html/fetch-page'
import { looksLikeHtml } from './html/looks-like-html'
import { inputError } from './input-error'
import type { InputError } from './input-error'
import type { ArticleInput } from './read'

export type UrlResult = { ok: true; input: ArticleInput; address: string } | { ok: false; error: InputError; tooLarge?: true }

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml'])

export async function readUrl(address: string, options: FetchOptions): Promise<UrlResult> {
  const fetched = await fetchPage(address, options)
  if (!fetched.ok) return { ok: false, error: inputError(address, 'fetch-failed', fetched.problem), ...(fetched.tooLarge ? { tooLarge: true } : {}) }
  const type = fetched.contentType?.split(';')[0].trim().toLowerCase() || null
  if (type !== null && !PAGE_TYPES.has(type) && type !== 'text/plain') return { ok: false, error: inputError(address, 'not-html', type) }
  const decoded = decodePage(fetched.bytes, contentTypeCharset(fetched.contentType))
  if (!decoded.ok) return { ok: false, error: inputError(address, decoded.problem, decoded.detail) }
  const html = type === null ? looksLikeHtml(decoded.text) : PAGE_TYPES.has(type)
  return { ok: true, input: { source: address, text: decoded.text, encoding: decoded.encoding, format: html ? 'html' : 'text' }, address: fetched.address }
}
