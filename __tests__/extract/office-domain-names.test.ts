// An office, "to" or "of", "the" and a body, then the name of who holds it: "Ambassador to the United Nations
// Nikki Haley" is Haley (names.ts afterOfficeDomain).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name after an office and its domain with "the"', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"to the"', 'Former Ambassador to the United Nations Jane Albury wrote on Twitter, "Leaving them is a big mistake."', ['Jane Albury']],
    ['"of the"', 'Secretary of the Treasury Tom Okafor said the deal was close.', ['Tom Okafor']],
    ['near-miss: "of" with no "the" as before', 'Secretary of State Jane Albury said the deal was close.', ['Jane Albury']],
    ['near-miss: no name after the body', 'The ambassador to the United Nations Security Council said the deal was close.', ['The ambassador to the United Nations Security Council']],
    ['near-miss: a role for a body', 'A spokeswoman for the Hadley Water Authority said the deal was close.', ['a spokeswoman for the Hadley Water Authority']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
