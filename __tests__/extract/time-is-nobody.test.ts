// A time after its preposition is nobody (phrases.ts canSpeak): in "“…” On Sunday, Deputy Mayor Jane Hale told …"
// the quote before is not "On Sunday"'s, whatever the tagger made of the capitalised "On" and of the day. A surname
// the tagger reads as a time ("Day said") still speaks. Sentences written for this test.
import { analyze } from '../../src/analyze'
import { parseArticle } from '../../src/nlp/parse'
import { canSpeak } from '../../src/extract/phrases'

const speakable = (text: string) => canSpeak(parseArticle(text).tokens, { from: 0, to: text.split(' ').length })

describe('a time is nobody', () => {
  test.each<[string, boolean]>([
    ['On Sunday', false],
    ['In May', false],
    ['On the weekend', false],
    ['near-miss: Day', true],
    ['near-miss: Doris Day', true],
    ['near-miss: On Hale', true],
  ])('%s', (text, expected) => {
    expect(speakable(text.replace(/^near-miss: /, ''))).toBe(expected)
  })

  test('a floating quote after a time keeps the speaker before it', () => {
    const text = 'Tom Park said: "He has behaved badly. "His office is in crisis." On Sunday, Deputy Mayor Jane Hale told the BBC she believed the mayor would apologise.'
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['Tom Park', 'Tom Park', 'Jane Hale'])
  })
})
