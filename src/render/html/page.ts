// The page around the reports: one self-contained HTML document. Its Content-Security-Policy lets nothing
// leave the page — no CDN, web font, image or analytics can load — and admits only this stylesheet and this
// script, by their hashes: were some text ever to slip through unescaped, no script of its own would run.
import { createHash } from 'node:crypto'
import { escapeHtml } from './escape'
import { PAGE_SCRIPT } from './page-script'
import { STYLES } from './styles'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

export const CONTENT_SECURITY_POLICY =
  `default-src 'none'; style-src ${hash(STYLES)}; script-src ${hash(PAGE_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`

/** Everything up to the opening of the page's content; `bodyClass` is "single" or "batch". */
export function pageStart(title: string, bodyClass: 'single' | 'batch'): string {
  return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="analyze">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLES}</style>\n<script>${PAGE_SCRIPT}</script>\n</head>\n` +
    `<body class="${bodyClass}">\n<div class="page">\n`
}

export function pageEnd(): string {
  return '\n</div>\n</body>\n</html>\n'
}
