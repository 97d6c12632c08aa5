// Windows-1252, the encoding of old Word exports and many pre-UTF-8 news feeds.
//
// It is Latin-1 except for 0x80–0x9F, where Latin-1 has invisible control codes and Windows-1252 has
// the typography articles are full of: 0x93 “ and 0x94 ” around quotes, 0x92 ’ in "Trump’s", 0x96 – dashes.

/** Characters for 0x80–0x9F; null marks the five bytes Windows-1252 leaves undefined. */
const HIGH_CONTROL_RANGE: ReadonlyArray<string | null> = [
  '€', null, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', null, 'Ž', null,
  null, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', null, 'ž', 'Ÿ',
]

/** Decodes the bytes, or returns null when one of them is undefined in Windows-1252 (then it is not that encoding). */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  const chars: string[] = new Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (byte >= 0x80 && byte <= 0x9f) {
      const char = HIGH_CONTROL_RANGE[byte - 0x80]
      if (char === null) return null
      chars[i] = char
    } else {
      chars[i] = String.fromCharCode(byte)
    }
  }
  return chars.join('')
}
