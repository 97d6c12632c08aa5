// readInput(path | "-") → the decoded article text, or an InputError saying what is wrong with it.
// Problems are returned, never thrown: one bad file in a list must not stop the others.
//
// A web page (a .html or .htm file, or standard input that looks like one) is decoded by the page's rules
// (html/charset.ts: its <meta charset> counts) and handed on as HTML; turning it into an article is the
// HTML reader's work (html/read-page.ts), loaded only when there is a page to read.
import { promises as fs } from 'node:fs'
import { decode } from './decode'
import { inputError, type InputError } from './input-error'
import { decodePage } from './html/charset'
import { isHtmlFileName, looksLikeHtml } from './html/looks-like-html'

export interface ArticleInput {
  /** The path as given, or "-" for standard input (becomes the analysis's `source`). */
  source: string
  /** Decoded text without any byte-order mark: the article, or the page's HTML when `format` is "html". */
  text: string
  /** "utf-8", "windows-1252", …; for a page, whatever its charset names ("shift_jis"). */
  encoding: string
  format: 'text' | 'html'
}

export type InputResult = { ok: true; input: ArticleInput } | { ok: false; error: InputError }

export interface ReadInputOptions {
  /** Reads all of standard input; the CLI passes one, so that this module never touches `process`. */
  readStdin?: () => Promise<Uint8Array>
  /** --input-format text or html: what the input is, whatever its name or content says. */
  format?: 'text' | 'html'
  /**
   * The caller has just found the path to be a regular file (read-article.ts looks up its size for --max-bytes):
   * not looked up a second time, a lookup being some 2 % of reading a saved web page.
   */
  regularFile?: boolean
}

export async function readInput(pathOrDash: string, options: ReadInputOptions = {}): Promise<InputResult> {
  const bytes = await readBytes(pathOrDash, options)
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: bytes }
  let html = options.format ? options.format === 'html' : pathOrDash !== '-' && isHtmlFileName(pathOrDash)
  let decoded = html ? decodePage(bytes) : decode(bytes)
  if (!html && !options.format && pathOrDash === '-' && decoded.ok && looksLikeHtml(decoded.text)) {
    html = true
    decoded = decodePage(bytes)
  }
  if (!decoded.ok) return { ok: false, error: inputError(pathOrDash, decoded.problem, decoded.detail) }
  return { ok: true, input: { source: pathOrDash, text: decoded.text, encoding: decoded.encoding, format: html ? 'html' : 'text' } }
}

async function readBytes(pathOrDash: string, options: ReadInputOptions): Promise<Uint8Array | InputError> {
  if (pathOrDash === '-') {
    if (!options.readStdin) return inputError('-', 'stdin-unavailable')
    try {
      return await options.readStdin()
    } catch (error) {
      return fileSystemError('-', error)
    }
  }
  try {
    // Folders come in a later issue; until then a directory is a clear per-input error.
    if (!options.regularFile && (await fs.stat(pathOrDash)).isDirectory()) return inputError(pathOrDash, 'directory')
    return await fs.readFile(pathOrDash)
  } catch (error) {
    return fileSystemError(pathOrDash, error)
  }
}

function fileSystemError(source: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR': // "article.txt/x": a path through a file
      return inputError(source, 'not-found')
    case 'EISDIR':
      return inputError(source, 'directory')
    case 'EACCES':
    case 'EPERM':
      return inputError(source, 'permission-denied')
    default:
      return inputError(source, 'unreadable', code ?? (error instanceof Error ? error.message : String(error)))
  }
}
