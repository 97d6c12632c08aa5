// The bytes of a web page → its text, the way browsers choose the encoding:
//   1. a byte-order mark;
//   2. the charset the server sent ("Content-Type: text/html; charset=windows-1252"), for a fetched page;
//   3. <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> near the start;
//   4. else the project's own decoder (decode.ts): UTF-8, else Windows-1252.
// A declared charset that the bytes do not fit (a server that says utf-8 for a Windows-1252 page, or a
// name nobody knows) is passed over for the next source, so a wrong header never turns quotes into "�".
import { decode, decodeUtf8, type DecodeResult } from '../decode'
import { recogniseBinarySignature } from '../magic-numbers'
import { decodeWindows1252 } from '../windows-1252'

export type PageDecodeResult = { ok: true; text: string; encoding: string } | Exclude<DecodeResult, { ok: true }>

/** How far into the page <meta charset> is looked for (browsers look at the first 1024 bytes; pages overrun). */
const PRESCAN_BYTES = 4096

export function decodePage(bytes: Uint8Array, declared: string | null = null): PageDecodeResult {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (!hasBom && recogniseBinarySignature(bytes) === null) {
    for (const label of [declared, metaCharset(bytes)]) {
      const text = label ? decodeAs(bytes, label) : null
      if (text !== null) return text.text.trim() === '' ? { ok: false, problem: 'empty' } : { ok: true, ...text }
    }
  }
  return decode(bytes)
}

/** The charset named by a <meta> near the start of the page, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  // charset names are ASCII, and so is the markup around them in every ASCII-compatible encoding
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1')
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const match = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)
    if (match) return match[1]
  }
  return null
}

/** "text/html; charset=ISO-8859-1" → "ISO-8859-1". */
export function contentTypeCharset(contentType: string | null): string | null {
  const match = contentType ? /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null
  return match ? match[1] : null
}

function decodeAs(bytes: Uint8Array, label: string): { text: string; encoding: string } | null {
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(label.trim().toLowerCase(), { fatal: true })
  } catch {
    return null // a name TextDecoder does not know
  }
  // a page that names UTF-16 in its markup is readable as ASCII, so it is not UTF-16 (browsers read UTF-8)
  if (decoder.encoding.startsWith('utf-16')) return null
  // Node 20's TextDecoder reads windows-1252 (and the ISO-8859-1 and ASCII labels that mean it) as Latin-1,
  // turning 0x93 “ into an invisible control code
  if (decoder.encoding === 'windows-1252') {
    const text = decodeWindows1252(bytes)
    return text === null ? null : { text, encoding: 'windows-1252' }
  }
  // most pages say utf-8: checked and decoded the way decode.ts does, twice as fast as the throwing decoder
  // (no byte-order mark gets here: decodePage leaves those pages to decode.ts)
  if (decoder.encoding === 'utf-8') {
    const text = decodeUtf8(bytes)
    return text === null ? null : { text, encoding: 'utf-8' }
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding }
  } catch {
    return null // bytes the charset cannot have
  }
}
