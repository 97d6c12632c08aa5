// What was joked about or boasted of, as a phrase after the verb's preposition: a frame of the verb
// (src/extract/lexicon/verb-frames.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('joked about, boasted of', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['bragged about', 'Tom Hale bragged about the size of the crowd.', [['the size of the crowd', 'Tom Hale', 'frame-prep']]],
    ['near-miss: a grievance, not words', 'Tom Hale complained about the dark tone of the race.', []],
    ['joked about, a gerund', 'Ana Ruiz joked about moving to the coast if the mayor wins.', [['moving to the coast if the mayor wins', 'Ana Ruiz', 'frame-prep']]],
    ['boasted of', 'Tom Hale boasted of his skill in cutting the price.', [['his skill in cutting the price', 'Tom Hale', 'frame-prep']]],
    ['near-miss: a pronoun and a day', 'Tom Hale joked about it on Monday.', []],
    ['near-miss: how long, not what', 'Tom Hale boasted for hours.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
