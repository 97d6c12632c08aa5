// A name inside a participle phrase that opens a sentence is no subject: the pronoun after the comma means the
// person before (opening-participle.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name in an opening participle phrase', () => {
  test.each<[string, string, Array<string | null>]>([
    ['an -ing phrase', 'Tom Hale said the club would explore a sponsorship deal. Responding to criticism from pundit Omar Haddad, he insisted talks were going on.',
      ['Tom Hale', 'Tom Hale']],
    ['after "And"', 'Tom Hale said the club would explore a sponsorship deal. And replying to former player Omar Haddad, he added that the door was open.',
      ['Tom Hale', 'Tom Hale']],
    ['an -ed phrase', 'Tom Hale said the budget was tight. Interviewed alongside rival Omar Haddad on Monday, he said the plan would fail.',
      ['Tom Hale', 'Tom Hale']],
    ['near-miss: the name after the comma is the subject', 'Ann Lee said the budget was tight. Speaking to reporters, Omar Haddad said the plan would fail. He added that it was too late.',
      ['Ann Lee', 'Omar Haddad', 'Omar Haddad']],
    ['near-miss: no participle opens the sentence', 'Ann Lee said the budget was tight. In Hadley, Omar Haddad met the press. He said the plan would fail.',
      ['Ann Lee', 'Omar Haddad']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
