// "was quoted as saying": the passive of being quoted gives the words to its subject, after quote marks and before a
// reported clause (src/extract/quotes/quoted-as.ts); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('the passive of being quoted', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['after quote marks', '“We will win,” Mr Hale is quoted as saying.', [['“We will win,”', 'Mr Hale']]],
    ['with the agent after the verb', '“The mine will close,” Tom Hale was quoted as saying by the Hadley news agency.',
      [['“The mine will close,”', 'Tom Hale']]],
    ['with the agent before "as"', '“The mine will close,” Tom Hale was quoted by the Hadley news agency as saying.',
      [['“The mine will close,”', 'Tom Hale']]],
    ['a reported clause', 'Mr Hale was quoted as saying the plan is doomed.', [['the plan is doomed', 'Mr Hale']]],
    ['a clause with "that"', 'The aid chief, Jane Lee, was quoted as saying that aid must come quickly.',
      [['that aid must come quickly', 'Jane Lee']]],
    ['an adverb of time before the participle', '“We will win,” Mr Hale was also quoted as saying.', [['“We will win,”', 'Mr Hale']]],
    ['near-miss: no verb of saying after "as"', '“We will win,” Mr Hale was quoted in the Gazette.', []],
    ['near-miss: quoted as a source', 'The report was quoted as evidence by the council.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
