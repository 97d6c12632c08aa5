// A participle of saying after a quote ("…,” adding, “…”) hangs on whoever said the quote before it
// (quotes/direct.ts): the subject of the clause that opened that quote, though the quote's last words stand in a
// sentence of their own, or the speaker an inverted verb names. Sentences written for this test, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a participle of saying after a quote', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the quote before it has two sentences', 'State Senator Jane Roe remarked, "It has been a long fight. I am tired," adding, "Women have said it is time."',
      [['"It has been a long fight. I am tired,"', 'Jane Roe'], ['"Women have said it is time."', 'Jane Roe']]],
    ['… an adverb before the participle', 'State Senator Jane Roe remarked, "It has been a long fight. I am tired," further remarking, "Women have said it is time."',
      [['"It has been a long fight. I am tired,"', 'Jane Roe'], ['"Women have said it is time."', 'Jane Roe']]],
    ['the speaker after an inverted verb', 'Tom Hale spoke first. "We lost. It was hard," said Ms Lee, adding, "But we tried."',
      [['"We lost. It was hard,"', 'Ms Lee'], ['"But we tried."', 'Ms Lee']]],
    ['near-miss: the subject before the verb, no quote before', 'Ms Lee claimed victory in a tweet, saying: "We won."',
      [['victory in a tweet', 'Ms Lee'], ['"We won."', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
