// The pieces of a text handed to compromise: one for an ordinary article; bounded pieces for a long one, and for
// text that opens with a long run of lines without a word (compromise joins those one by one, slowly).
import { BARE_CHARS, CHUNK_CHARS, chunksOf, PIECE_CHARS } from '../../src/nlp/chunks'
import { findParagraphs } from '../../src/nlp/paragraphs'

const chunksFor = (text: string) => chunksOf(text, findParagraphs(text))
const article = 'Mr Hale said on Monday that the plan would work.\n\n“We are ready,” Ms Lee said.\n\n'

describe('chunksOf', () => {
  test.each([
    ['an ordinary article', article.repeat(20)],
    ['a short text of rules and dashes', '***\n\n—\n\n* * *\n\n'],
    ['an article after a few rules', '* * *\n\n'.repeat(10) + article.repeat(20)],
    ['near-miss: a 10 KB paragraph with a sentence stop every few words', 'Mr Hale said the plan would work. '.repeat(300)],
  ])('%s is one chunk', (_name, text) => {
    expect(chunksFor(text)).toEqual([{ start: 0, end: text.length }])
  })

  const long: Array<[string, string, number]> = [
    ['a long article, in chunks of paragraphs', article.repeat(2_000), CHUNK_CHARS],
    ['lines of dashes only', '–\n \n\r\n\r\n\n\n'.repeat(3_000), BARE_CHARS],
    ['a short text opening with many lines of dashes', '–\n\n'.repeat(2_000) + article, BARE_CHARS],
    ['a paragraph with no line break', 'and the plan would work '.repeat(2_000), PIECE_CHARS],
    ['a short text of one paragraph with no sentence stop', 'Rep Ana Park\f\u3000'.repeat(600), PIECE_CHARS],
  ]
  test.each(long)('%s: every paragraph covered, in order, no chunk longer than needed', (_name, text, bound) => {
    const chunks = chunksFor(text)
    expect(chunks.length).toBeGreaterThan(1)
    const paragraphs = findParagraphs(text)
    // each paragraph lies inside exactly one chunk (or is cut into pieces, for one longer than PIECE_CHARS)
    for (const p of paragraphs.filter((p) => p.end - p.start <= PIECE_CHARS)) {
      expect(chunks.filter((c) => c.start <= p.start && p.end <= c.end)).toHaveLength(1)
    }
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBeGreaterThanOrEqual(chunks[i - 1].end)
    // a chunk closes at the first paragraph that takes it over its bound
    const longest = Math.max(...paragraphs.map((p) => p.end - p.start))
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(bound + Math.min(longest, PIECE_CHARS) + 8)
  })

  test('dashes after words stay in the chunk of the words', () => {
    const text = article.repeat(100) + '–\n\n'.repeat(3_000) + article.repeat(100)
    const chunks = chunksFor(text)
    // no chunk is made of dashes alone: each opens with a word
    for (const c of chunks) expect(text.slice(c.start, c.start + BARE_CHARS)).toMatch(/\p{L}/u)
  })
})
