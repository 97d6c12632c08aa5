// A relative clause after the source of "according to" says who the source is; it is not what they said
// (src/extract/quotes/reported.ts accordingTo); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('a relative clause on the source of "according to"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"who"', 'The plan is doomed, according to Mr Hale, who spoke on Monday.', [['The plan is doomed', 'Mr Hale']]],
    ['"which"', 'The road will close, according to the Hadley Group, which tracks traffic.', [['The road will close', 'the Hadley Group']]],
    ['near-miss: the statement goes on after the aside', 'The plan, according to the mayor, will cost more.',
      [['The plan', 'the mayor'], ['will cost more', 'the mayor']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
