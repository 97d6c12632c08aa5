// A word of time the tagger reads as a date is a surname right after a first name (names.ts surnameAt): "Jane Day"
// is one person, so "Day said" later is Jane Day.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a word of time after a first name is a surname', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the surname alone later', 'US singer and animal rights advocate Jane Day died on Monday. In a 2006 interview, Day said, "I have been through everything."',
      ['Jane Day']],
    ['the full name as subject', 'Jane Day said on Monday that "it is over".', ['Jane Day']],
    ['a month after a first name', 'Theresa May said the vote was close.', ['Theresa May']],
    ['near-miss: a month after a verb is no surname', 'Tom met Jane in May. "It was lovely," Tom said.', ['Tom']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
