import { findParagraphs, parseArticle } from '../../src/nlp/parse'

describe('findParagraphs', () => {
  test.each([
    ['one\n\ntwo', ['one', 'two']],
    ['one\r\ntwo\rthree', ['one', 'two', 'three']],
    ['  padded  \n\n\n', ['padded']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(expected)
  })
})

describe('parseArticle', () => {
  test('token spans are exact and sentences stop at paragraph breaks', () => {
    const text = '[ Four key takeaways Opens in new window ]\n\nThe US president had been under pressure. He said so.'
    const parsed = parseArticle(text)
    for (const t of parsed.tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(parsed.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1])
    expect(text.slice(parsed.sentences[2].start, parsed.sentences[2].end)).toBe('He said so.')
  })
})
