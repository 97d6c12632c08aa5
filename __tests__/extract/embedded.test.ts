// Quoted words inside a sentence that no reporting verb introduces (embedded.ts): sentences written for these
// tests, with the names and labels in quote marks that must stay out.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('quoted words in the clause of the sentence’s subject', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['after a verb that reports nothing', 'Ms Lee implied the inspector was biased and “hostile” to the town.',
      [['mixed', 'the inspector was biased and “hostile” to the town', 'Ms Lee']]],
    ['a stance', 'Mayor Ann Ruiz opposes “across-the-board pay freezes” for nurses.',
      [['mixed', '“across-the-board pay freezes” for nurses', 'Ann Ruiz']]],
    ['after a copula', 'Dr Tom Hale became "acutely aware" of the risks.', [['mixed', '"acutely aware" of the risks', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('quoted words that name a thing', () => {
  test.each([
    ['a scare quote inside a noun phrase', 'Ms Lee lost her savings to the so-called “sextortion” scam.'],
    ['a label before a noun', 'Mr Hale received $3 million in “risk mitigation” payments.'],
    ['a possessive before the words', 'Ms Lee showed him her “fantasy closet” upstairs.'],
    ['a title', 'Mr Hale appeared on “Sunday Morning Futures” last week.'],
    ['one capitalised word after a preposition', 'Ms Lee bought the rights to “Equity” in May.'],
    ['a name given by nobody', 'The baby, known as “our little one,” slept.'],
    ['a list of words', 'The list includes “optics,” “grapple” and “ghosting” this year.'],
  ])('%s', (_name, text) => {
    expect(analyze(text).quotes).toEqual([])
  })
})
