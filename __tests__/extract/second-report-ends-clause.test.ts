// A second report in the sentence ends the first one's clause (reported.ts anotherReport): after a clause with its
// own verb, "and" and a subject of its own with no comma; two people joined by "and" as the second subject; a negated
// second verb ("but Ms Lee did not say when"). Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a second report ends the first clause', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"and" with no comma, a share as the subject', 'One in three voters said the party does not care about them and one in four said the party was hostile to them.',
      [['the party does not care about them', 'One in three voters', 'cue-clause'], ['the party was hostile to them', 'one in four', 'cue-clause']]],
    ['"and" with no comma, "others"', 'Many senators have said they will not attend the meeting and others have said they are not interested in speaking.',
      [['they will not attend the meeting', 'senators', 'cue-clause'], ['they are not interested in speaking', 'others', 'cue-clause']]],
    ['two people joined by "and"', 'Her campaign said she would support the nominee, while Sen. Ana Ruiz and Rep. Tom Hale suggested they would only offer conditional support.',
      [['she would support the nominee', 'Her campaign', 'cue-clause'], ['they would only offer conditional support', 'Sen. Ana Ruiz and Rep. Tom Hale', 'cue-clause']]],
    ['a negated second verb', 'Mr. Hale said the firm stopped the practice, but Ms. Lee did not say when.', [['the firm stopped the practice', 'Mr Hale', 'cue-clause']]],
    ['… negated with "n\'t"', 'Mr. Hale said the firm stopped the practice, but Ms. Lee didn\'t say when.', [['the firm stopped the practice', 'Mr Hale', 'cue-clause']]],
    ['… with no subject of its own', 'Mr. Hale said the firm stopped the practice, but won\'t say when.', [['the firm stopped the practice', 'Mr Hale', 'cue-clause']]],
    ['near-miss: "and" inside the reported subject', 'Ms. Lee said Mr. Hale and the mayor argued over the plan.', [['Mr. Hale and the mayor argued over the plan', 'Ms Lee', 'cue-clause']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
