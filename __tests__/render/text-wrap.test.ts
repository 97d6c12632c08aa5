import { collapseWhitespace, limitLines, withEllipsis, wrapPhrases, wrapShortened, wrapText } from '../../src/render/text-wrap'
import { displayWidth } from '../../src/render/display-width'

describe('wrapText', () => {
  it.each([
    ['Mr Trump said the US would help', 12, ['Mr Trump', 'said the US', 'would help']],
    ['Mr Trump said', 80, ['Mr Trump said']],
    ['“formalised”\nwithin   10 days', 30, ['“formalised” within 10 days']],
    ['see https://example.com/a/very/long/path now', 10, ['see', 'https://ex', 'ample.com/', 'a/very/lon', 'g/path now']],
    ['', 10, ['']],
  ])('%j at %i columns', (text, width, expected) => {
    expect(wrapText(text, width)).toEqual(expected)
  })

  it('counts CJK characters as two columns', () => {
    expect(wrapText('北京 上海', 4)).toEqual(['北京', '上海'])
  })
})

describe('limitLines', () => {
  it('keeps short cells as they are', () => {
    expect(limitLines(['a', 'b'], 4, 10)).toEqual(['a', 'b'])
  })

  it('ends the last kept line with …', () => {
    expect(limitLines(['one two', 'three four', 'five'], 2, 10)).toEqual(['one two', 'three…'])
  })
})

describe('wrapShortened', () => {
  // the same lines as wrapping the whole text and keeping the first: long words, wide characters, zero-width ones
  const texts: Array<[string, string]> = [
    ['a long sentence', 'the council met again and '.repeat(400)],
    ['a long word across the cut', 'x'.repeat(5_000)],
    ['wide characters', '北京 上海 '.repeat(800)],
    ['zero-width characters between words', 'a\u200b\u200b\u200b\u200b\u200b '.repeat(3_000)],
    ['a surrogate pair at every step', '😀 '.repeat(3_000)],
    ['short enough to keep whole', 'Mr Trump said the US would help'],
    ['just over the kept lines', 'word '.repeat(60)],
  ]
  it.each(texts)('%s', (_name, text) => {
    for (const [width, lines] of [[20, 4], [80, 4], [7, 1]]) {
      expect(wrapShortened(text, width, lines)).toEqual(limitLines(wrapText(text, width), lines, width))
    }
  })
})

describe('withEllipsis', () => {
  it.each([
    ['three four', 11, 'three four…'],
    ['three four', 10, 'three…'],
    ['three ', 10, 'three…'],
    ['abcdef', 4, 'abc…'],
    ['abc', 1, '…'],
  ])('%j in %i columns → %j', (line, width, expected) => {
    expect(withEllipsis(line, width)).toBe(expected)
    expect(displayWidth(withEllipsis(line, width))).toBeLessThanOrEqual(width)
  })
})

describe('collapseWhitespace', () => {
  it('makes one line of a multi-line quote', () => {
    expect(collapseWhitespace('  It is a "big" deal,\r\n\treally. ')).toBe('It is a "big" deal, really.')
  })
})

describe('displayWidth', () => {
  it.each([
    ['plain', 5],
    ['\u001b[1mbold\u001b[22m', 4],
    ['e\u0301', 1],
    ['北京', 4],
    ['“…”–', 4],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })
})

describe('wrapPhrases', () => {
  const phrases = ['Published 2025-08-19', '1,303 words', '30 quotes', '0 figures']
  it.each([
    [80, ['Published 2025-08-19 · 1,303 words · 30 quotes · 0 figures']],
    [35, ['Published 2025-08-19 · 1,303 words', '30 quotes · 0 figures']],
    [12, ['Published', '2025-08-19', '1,303 words', '30 quotes', '0 figures']],
  ])('at %i columns', (width, expected) => {
    expect(wrapPhrases(phrases, ' · ', width)).toEqual(expected)
  })
})
