// A role in lower case, "of" and an article before a name the tagger knows (names.ts officeInLowerCase): "co-author
// of the study Tom Hale" is Tom Hale; a role with a prefix ("co-", "vice-", "ex-") is that role.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a role of a thing, then the name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['after the verb', '"We are ready," said co-author of the study Tom Hale.', ['Tom Hale']],
    ['as the subject', 'Co-author of the study Tom Hale said the results were clear.', ['Tom Hale']],
    ['without the article, as before', '"We are ready," said director of research Ann Reyes.', ['Ann Reyes']],
    ['near-miss: a word between the article and the name', 'The lawyer of the late Tom Hale said the case was closed.',
      ['The lawyer of the late Tom Hale']],
    ['near-miss: a role of someone named after "of"', 'The widow of Tom Hale said the case was closed.', ['The widow of Tom Hale']],
    ['near-miss: a role for someone else stays theirs', 'A spokeswoman for the mayor Tom Hale said the plan was sound.',
      ['a spokeswoman for the mayor Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
