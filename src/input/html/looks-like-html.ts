// Whether a text is an HTML page, judged by its content (for standard input, where no file name tells):
//
//   "<!DOCTYPE html>\n<html lang=\"en\">…"            yes
//   "  <html><head><title>Storm …"                    yes
//   "<meta charset=\"utf-8\"><title>Storm</title>…"   yes (a page without <html>)
//   "<p>Gusts of 110 mph …</p><p>…</p>"               yes (a fragment of paragraphs)
//   "<?xml version=\"1.0\"?>\n<html xmlns=…>"          yes (XHTML)
//   "Mr Lee said <b> was a typo.\n\nThe storm …"      no: a text that merely mentions a tag
// Loaded for every standard input, so it is a few regular expressions, not the HTML parser.

const OPENING = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|main|div|section|header|p|h[1-6])[\s>/]/i
const CLOSING = /<\/(?:p|div|html|body|article|section|h[1-6]|li|span|a)>/i

export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096).replace(/^\ufeff/, '')
  return OPENING.test(start) && (/^\s*<!doctype\s+html/i.test(start) || CLOSING.test(text.slice(0, 65536)) || /<html[\s>]/i.test(start))
}

/** "page.html", "PAGE.HTM" */
export function isHtmlFileName(path: string): boolean {
  return /\.html?$/i.test(path)
}
