// A verb of saying after its clause with no comma before it, then its speaker (bare-inversion.ts): sentences written
// for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('"… say analysts." with no comma', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a plural speaker ends the sentence', 'Prices will rise next year say analysts.',
      [['indirect', 'Prices will rise next year', 'analysts']]],
    ['a name and an aside after it', 'Banks are turning to Linux said Omar Haddad, director of a research firm.',
      [['indirect', 'Banks are turning to Linux', 'Omar Haddad']]],
    ['"there" and its verb open the clause', 'There are other pressures on banks said Omar Haddad.',
      [['indirect', 'There are other pressures on banks', 'Omar Haddad']]],
    ['near-miss: the words after the verb have a verb of their own', 'Residents of the town say officials ignored them.',
      [['indirect', 'officials ignored them', 'Residents of the town']]],
    ['near-miss: nothing after the verb', 'He did exactly what the doctors said.', []],
    ['near-miss: a subject and its verb after "said"', 'What officials said surprised everyone.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
