// A page's bytes → its text: the byte-order mark, then the server's charset, then <meta charset>, then the
// project's decoder; a declared charset the bytes do not fit is passed over.
import { contentTypeCharset, decodePage, metaCharset } from '../../../src/input/html/charset'

const latin1 = (text: string) => Buffer.from(text, 'latin1')
// “Quoted” in Windows-1252: 0x93 and 0x94 are not UTF-8
const CURLY_1252 = Buffer.concat([latin1('<p>'), Buffer.from([0x93]), latin1('Quoted'), Buffer.from([0x94]), latin1('</p>')])

describe('decodePage', () => {
  it.each<[string, Uint8Array, string | null, string, string]>([
    ['UTF-8 without any declaration', Buffer.from('<p>“Quoted” café</p>'), null, '<p>“Quoted” café</p>', 'utf-8'],
    ['the server’s charset', latin1('<p>caf\u00e9</p>'), 'iso-8859-1', '<p>café</p>', 'windows-1252'],
    ['<meta charset> when the server names none', Buffer.concat([latin1('<meta charset="windows-1252">'), CURLY_1252]), null, '<meta charset="windows-1252"><p>“Quoted”</p>', 'windows-1252'],
    ['<meta http-equiv> with a charset', Buffer.concat([latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), CURLY_1252]), null,
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>“Quoted”</p>', 'windows-1252'],
    // bytes that are valid UTF-8 but declared Windows-1252: the declaration wins, as in a browser
    ['a declaration over a guess', Buffer.concat([latin1('<meta charset=windows-1252><p>'), Buffer.from('é'), latin1('</p>')]), null, '<meta charset=windows-1252><p>Ã©</p>', 'windows-1252'],
    // a server that says UTF-8 for a Windows-1252 page: passed over for the <meta>, and without one, the guess
    ['a wrong server charset', Buffer.concat([latin1('<meta charset="windows-1252">'), CURLY_1252]), 'utf-8', '<meta charset="windows-1252"><p>“Quoted”</p>', 'windows-1252'],
    ['a wrong server charset and no meta', CURLY_1252, 'utf-8', '<p>“Quoted”</p>', 'windows-1252'],
    ['a charset nobody knows', Buffer.from('<meta charset="klingon"><p>“Quoted”</p>'), 'x-unknown', '<meta charset="klingon"><p>“Quoted”</p>', 'utf-8'],
    // a page that names UTF-16 in its markup is readable as ASCII, so it is not UTF-16
    ['UTF-16 named in ASCII markup', Buffer.from('<meta charset="utf-16"><p>Rain</p>'), null, '<meta charset="utf-16"><p>Rain</p>', 'utf-8'],
    ['a byte-order mark over every declaration', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>é</p>')]), 'windows-1252', '<meta charset="windows-1252"><p>é</p>', 'utf-8'],
    // a declared UTF-8 is checked before it is decoded: bytes UTF-8 cannot have (an encoded surrogate, an
    // overlong "/", a cut-off “) are passed over for the guess, as a decoder that throws on them would
    ['UTF-8 by its meta', Buffer.from('<meta charset="UTF-8"><p>“Quoted” café</p>'), null, '<meta charset="UTF-8"><p>“Quoted” café</p>', 'utf-8'],
    ['UTF-8 by another of its names', Buffer.from('<meta charset=utf8><p>café</p>'), null, '<meta charset=utf8><p>café</p>', 'utf-8'],
    ['an encoded surrogate declared UTF-8', Buffer.concat([latin1('<meta charset="utf-8"><p>'), Buffer.from([0xed, 0xa0, 0x80]), latin1('</p>')]), null, '<meta charset="utf-8"><p>í\u00a0€</p>', 'windows-1252'],
    ['an overlong slash declared UTF-8', Buffer.concat([latin1('<p>'), Buffer.from([0xc0, 0xaf]), latin1('</p>')]), 'utf-8', '<p>À¯</p>', 'windows-1252'],
    ['a cut-off character declared UTF-8', Buffer.concat([latin1('<meta charset="utf-8"><p>'), Buffer.from('“').subarray(0, 2)]), null, '<meta charset="utf-8"><p>â€', 'windows-1252'],
    ['Shift_JIS by its meta', Buffer.concat([latin1('<meta charset="shift_jis"><p>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), latin1('</p>')]), null, '<meta charset="shift_jis"><p>日本</p>', 'shift_jis'],
  ])('%s', (_name, bytes, declared, text, encoding) => {
    expect(decodePage(bytes, declared)).toEqual({ ok: true, text, encoding })
  })

  it.each<[string, Uint8Array, string]>([
    ['an image served as a page', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'binary'],
    ['a blank page', Buffer.from('  \n '), 'empty'],
    ['a blank page in a declared charset', Buffer.from(' \n'), 'empty'],
  ])('%s is refused', (_name, bytes, problem) => {
    expect(decodePage(bytes, 'windows-1252')).toMatchObject({ ok: false, problem })
  })
})

describe('metaCharset and contentTypeCharset', () => {
  it.each<[string, string | null]>([
    ['<meta charset="UTF-8">', 'UTF-8'],
    ["<META CHARSET='windows-1252'>", 'windows-1252'],
    ['<meta http-equiv="content-type" content="text/html;charset=ISO-8859-1">', 'ISO-8859-1'],
    ['<meta name="description" content="charset is a word"><p>charset=utf-8 in the text</p>', null],
    ['<p>no meta at all</p>', null],
  ])('%j → %s', (html, charset) => {
    expect(metaCharset(Buffer.from(html))).toBe(charset)
  })

  it.each<[string | null, string | null]>([
    ['text/html; charset=windows-1252', 'windows-1252'],
    ['text/html;charset="UTF-8"', 'UTF-8'],
    ['text/html', null],
    [null, null],
  ])('%j → %s', (contentType, charset) => {
    expect(contentTypeCharset(contentType)).toBe(charset)
  })
})
