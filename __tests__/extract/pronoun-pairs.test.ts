// A pronoun and someone named joined by "and" speak together (src/extract/quotes/pronoun-pairs.ts,
// src/extract/speakers/pronoun-pairs.ts); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a pronoun and a partner as one joint speaker', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the pronoun first, after the clause', 'Tom Kerr runs the bakery with Ann Allen. It is not only about bread, he and Ms Allen said.',
      [['It is not only about bread', 'Tom Kerr and Ms Allen']]],
    ['the pronoun second', 'Tom Kerr runs the bakery. Prices will rise, Ms Allen and he said.', [['Prices will rise', 'Ms Allen and Tom Kerr']]],
    ['a partner of theirs', 'Jane Ruiz is suing the county. She and her lawyer said the fine was unfair.',
      [['the fine was unfair', 'Jane Ruiz and her lawyer']]],
    ['no one before the pronoun: the pair as written', 'Rents are too high, she and Mr Allen said.', [['Rents are too high', 'she and Mr Allen']]],
    ['near-miss: an object pronoun is no partner', 'Tom Kerr sued him and Mr Allen said the charges were false.',
      [['the charges were false', 'Mr Allen']]],
    ['near-miss: a thing is no partner', 'Tom Kerr runs the bakery. Prices will rise, he and the plan said.',
      [['Prices will rise', 'he and the plan']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('the pair is a group of its own', () => {
    const a = analyze('Tom Kerr runs the bakery. Prices will rise, he and Ms Allen said.')
    expect(a.speakers.map((s) => [s.name, s.kind])).toContainEqual(['Tom Kerr and Ms Allen', 'group'])
  })
})
