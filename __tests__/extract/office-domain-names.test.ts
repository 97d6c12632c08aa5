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

// An office, "for" and its domain in lower case, then the name of who holds it (names.ts officeInLowerCase):
// "shadow spokesman for transport Tom Hale" is Hale, not a spokesman who speaks for "sport Tom Hale".
describe('a name after an office, "for" and a domain in lower case', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a spokesman for a field', 'Shadow spokesman for transport Tom Hale said: "The trains are late."', ['Tom Hale']],
    ['a minister for a field', 'The minister for health Ruth Okafor said the plan was ready.', ['Ruth Okafor']],
    ['near-miss: "for the" and a role', 'A spokeswoman for the mayor Tom Hale said the plan was ready.', ['a spokeswoman for the mayor Tom Hale']],
    ['near-miss: "for" and a name', 'A spokeswoman for Tom Hale said the plan was ready.', ['a spokeswoman for Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
