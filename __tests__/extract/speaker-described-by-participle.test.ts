// A speaker named after a quote may be described by a participle with its agent or by a participle of getting
// someone's words (quotes/agent-participle.ts): "“…,” said one analyst quoted by a news agency" is the analyst's.
// A past-tense verb after the phrase otherwise opens a clause of its own. Sentences written for this test.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a participle describing the speaker after a quote', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a participle with its agent', '"We saw it coming," said one trader quoted by a news agency.',
      [['"We saw it coming,"', 'one trader']]],
    ['a participle of getting words, with a preposition', '"It will not last," said a farmer interviewed at the market on Monday.',
      [['"It will not last,"', 'a farmer']]],
    ['the verb before the speaker', '"Prices will rise," one economist polled by the bank said.',
      [['"Prices will rise,"', 'one economist']]],
    ['near-miss: a past-tense verb with its object is a clause', 'Mr Hale spoke first. He said the council banned cars in the old town.',
      [['the council banned cars in the old town', 'Mr Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
