import fc from 'fast-check'
import { decode, decodeUtf8, type DecodeResult } from '../../src/input/decode'

const utf16le = (text: string) => Buffer.from(text, 'utf16le')
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()
const bytes = (...parts: Array<number[] | string | Buffer>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))

const quote = '“At the conclusion of the meetings,” Mr Trump wrote.'

const cases: Array<[string, Buffer, DecodeResult]> = [
  ['plain UTF-8', Buffer.from(quote), { ok: true, text: quote, encoding: 'utf-8' }],
  ['UTF-8 with a BOM, which is dropped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(quote)]), { ok: true, text: quote, encoding: 'utf-8' }],
  ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(quote)]), { ok: true, text: quote, encoding: 'utf-16le' }],
  ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(quote)]), { ok: true, text: quote, encoding: 'utf-16be' }],
  ['UTF-16 LE without a BOM', utf16le('Mr Merz told reporters.'), { ok: true, text: 'Mr Merz told reporters.', encoding: 'utf-16le' }],
  ['UTF-16 BE without a BOM', utf16be('Mr Merz told reporters.'), { ok: true, text: 'Mr Merz told reporters.', encoding: 'utf-16be' }],
  ['Windows-1252 curly quotes and apostrophe', bytes([0x93], 'Hi', [0x94], ' Mr Trump', [0x92], 's aide said ', [0x96], ' twice'), { ok: true, text: '“Hi” Mr Trump’s aide said – twice', encoding: 'windows-1252' }],
  ['Latin-1 accents, read as Windows-1252', bytes('Caf', [0xe9], ' ', [0xa3], '5'), { ok: true, text: 'Café £5', encoding: 'windows-1252' }],
  ['empty', Buffer.alloc(0), { ok: false, problem: 'empty' }],
  ['whitespace only', Buffer.from(' \n\t\r\n  '), { ok: false, problem: 'empty' }],
  ['a BOM and blank lines only', Buffer.from([0xef, 0xbb, 0xbf, 0x0a, 0x0a]), { ok: false, problem: 'empty' }],
  ['PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], 'rest'), { ok: false, problem: 'binary', detail: 'PNG image' }],
  ['PDF (ASCII at the start)', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), { ok: false, problem: 'binary', detail: 'PDF document' }],
  ['gzip', bytes([0x1f, 0x8b, 0x08, 0x00], 'xyz'), { ok: false, problem: 'binary', detail: 'gzip archive' }],
  ['zip', bytes('PK', [0x03, 0x04], 'word/document.xml'), { ok: false, problem: 'binary', detail: 'zip archive (or .docx, .epub, …)' }],
  ['NUL bytes on both sides of the pairs', bytes('ELF', [0x00, 0x00, 0x01, 0x00, 0x7f, 0x00, 0x00, 0x02, 0x41]), { ok: false, problem: 'binary' }],
  ['one stray NUL in a long text is kept', bytes('Mr Trump said', [0x00], ' it was a very good meeting with the president and his team.'), { ok: true, text: 'Mr Trump said\u0000 it was a very good meeting with the president and his team.', encoding: 'utf-8' }],
  ['NULs in a short run of bytes mean binary', bytes('Mr', [0x00, 0x00], 'x'), { ok: false, problem: 'binary' }],
  ['UTF-32 (NUL characters after UTF-16 decoding)', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), { ok: false, problem: 'binary' }],
  ['UTF-16 with an odd number of bytes', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), { ok: false, problem: 'undecodable' }],
  ['UTF-16 with a lone surrogate', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])]), { ok: false, problem: 'undecodable' }],
  ['invalid UTF-8 with a byte Windows-1252 leaves undefined', bytes('caf', [0xc3, 0x81, 0x81], ' ok'), { ok: false, problem: 'undecodable' }],
  ['UTF-8 BOM then invalid UTF-8', bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9]), { ok: false, problem: 'undecodable' }],
]

describe('decode', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(decode(input)).toEqual(expected)
  })

  it('keeps offsets into the text without the BOM', () => {
    const result = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(quote)]))
    expect(result.ok && result.text.indexOf('Mr Trump')).toBe(quote.indexOf('Mr Trump'))
  })

  it('keeps a second U+FEFF inside the text (only the leading one is a BOM)', () => {
    const result = decode(Buffer.from('\ufeffa\ufeffb'))
    expect(result).toEqual({ ok: true, text: 'a\ufeffb', encoding: 'utf-8' })
  })

  // decodeUtf8 goes through UTF-16 (ICU's transcode), which must give what Node's own UTF-8 decoder gives
  it.each<[string, string]>([
    ['astral characters and a NUL', 'Rain 😀 fell\u0000 on 東京'],
    ['a byte-order mark at the start stays (decode drops it before)', '\ufeff“Quoted”'],
    ['the last characters of the planes', '\u07ff\u0800\uffff\u{10000}\u{10ffff}'],
    ['nothing', ''],
  ])('decodeUtf8: %s', (_name, text) => {
    expect(decodeUtf8(Buffer.from(text))).toBe(text)
  })

  it('decodeUtf8 gives Node’s own decoding of any valid UTF-8, and null for what is not', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.uint8Array({ maxLength: 12 }), (text, noise) => {
      expect(decodeUtf8(Buffer.from(text))).toBe(text)
      const bytes = Buffer.from(noise)
      // valid exactly when Node's decoding, encoded again, gives the bytes back (bad bytes become U+FFFD)
      expect(decodeUtf8(bytes)).toBe(Buffer.from(bytes.toString('utf8')).equals(bytes) ? bytes.toString('utf8') : null)
    }), { numRuns: 300, seed: 20260112 })
  })
})
