// What was promised or urged may be a negated infinitive: "vowed not to raise taxes", "urged him not to back down"
// (src/extract/quotes/complements.ts negatedTo); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a negated infinitive after a verb of promising or urging', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"vowed not to"', 'Tom Hale spoke in Hadley on Monday. Mr Hale vowed not to raise taxes before the election.',
      [['not to raise taxes before the election', 'Tom Hale']]],
    ['"pledged never to"', 'Jane Lee spoke in Hadley on Monday. Ms Lee pledged never to close the harbour.',
      [['never to close the harbour', 'Jane Lee']]],
    ['an object before it', 'Tom Hale spoke in Hadley on Monday. Mr Hale urged the council not to sell the park.',
      [['the council not to sell the park', 'Tom Hale']]],
    ['near-miss: "not to" and a noun', 'Tom Hale spoke in Hadley on Monday. Mr Hale promised not to Lee but to the voters.', []],
    ['near-miss: a negation set off by commas', 'Tom Hale spoke in Hadley on Monday. Mr Hale vowed, not to anyone in particular, a better deal.', []],
    ['near-miss: a passive infinitive asks a favour', '“It failed,” said one former manager who asked not to be named.',
      [['“It failed,”', 'one former manager']]],
    ['near-miss: the one told, in the passive', 'Tom Hale spoke in Hadley on Monday. The company was urged not to expect a bailout.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
