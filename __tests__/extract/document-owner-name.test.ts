// A writing named after a body with no article before it is the body's, as "a Hadley Council report" is: "Hadley
// Council data shows …" (src/extract/speakers/documents.ts authorOf); sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker])

describe('a body named right before its writing, with no article', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a council', 'Hadley Council data shows that rents rose.', [['that rents rose', 'Hadley Council']]],
    ['a firm', 'Northwind Systems analysis shows that spam rose by 40%.', [['that spam rose by 40%', 'Northwind Systems']]],
    ['near-miss: a common word opening the sentence', 'Official figures show that rents rose.', [['that rents rose', 'Official figures']]],
    ['near-miss: a word between the name and the writing', 'Hadley County tax records indicate that the farm changed hands.', [['that the farm changed hands', 'Hadley County tax records']]],
    ['near-miss: a person\'s possessive', "Ann Reyes's letter said the fee was fair.", [['the fee was fair', 'Ann Reyes']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
