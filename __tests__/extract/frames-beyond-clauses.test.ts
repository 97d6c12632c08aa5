// Reports whose verb takes an object, a preposition or an infinitive rather than a clause, beyond verb-frames.test.ts.
// Sentences written for these tests, with the near-misses each must not fire on.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a country named in several words speaks for its government', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['with "the"', 'The United States called for the release of the sailors.', [['indirect', 'the release of the sailors', 'United States']]],
    ['three words', 'The United Arab Emirates called for talks.', [['indirect', 'talks', 'United Arab Emirates']]],
    ['near-miss: a place in a country is no government', 'A small town in China called for help.', []],
    ['near-miss: a newspaper named after a country is an organization still', 'The China Daily called for calm.', [['indirect', 'calm', 'the China Daily']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
