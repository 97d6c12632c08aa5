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

describe('sentences do not end at a hyphenated title', () => {
  const sentenceCount = (text: string) => parseArticle(text).sentences.length
  test.each([
    ['The gap between Ms Hale and then-Sen. Tom Lowe was narrow.', 1],
    ['She met ex-Gov. Ann Reed in May.', 1],
    ['He praised then-Lt. Sam Ode on Monday.', 1],
    // near-misses: a real end of sentence after a hyphenated word that is no title
    ['The vote was close then-and-there. Tom Lowe won.', 2],
    ['It was a long-term. Plan B followed.', 2],
  ])('%s', (text, count) => {
    expect(sentenceCount(text)).toBe(count)
  })
})

describe('a stop after a unit of measure ends a sentence', () => {
  const sentenceCount = (text: string) => parseArticle(text).sentences.length
  test.each([
    ['She would be warmly welcomed by Labour MPs. Mr Hale, who has clashed with them, left.', 2],
    ['The storm reached 90 mph. Police closed the bridge.', 2],
    ['The parcel weighed 5 kg. It was left at the door.', 2],
    // near-misses: abbreviations that are not units still hold a sentence together
    ['She met Dr. Hale in May.', 1],
    ['He works for Acme Corp. in Leeds.', 1],
  ])('%s', (text, count) => {
    expect(sentenceCount(text)).toBe(count)
  })
})
