// Words after a verb whose only verb stands in a clause hung on them are the verb's object, not a clause it reports
// (src/extract/quotes/subclause-only.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.explain?.found])

describe('an object with a clause hung on it reports nothing', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['a relative clause after a comma', 'Ana Ruiz is writing two new songs for the show, which opens in May.', []],
    ['a clause of time after a sum', 'Traders added an extra 4% to $31.50 after the market had closed.', []],
    ['a clause of reason after an object', 'Mr Cole maintained this belief even though it has been shown wrong.', []],
    ['near-miss: a verb after the relative clause\'s comma', 'Ms Lee said the plan, which was costly, would fail.',
      [['the plan, which was costly, would fail', 'cue-clause']]],
    ['near-miss: a relative clause with no comma', 'Mr Hale said the man who was arrested had fled.', [['the man who was arrested had fled', 'cue-clause']]],
    ['near-miss: "after" before a noun after "said"', 'Ana Ruiz said the vote after the meeting was delayed.', [['the vote after the meeting was delayed', 'cue-clause']]],
    ['near-miss: a relative clause closed by the main verb', 'Ms Kay said Tom Lee, the father of a man who died in the crash, is wrong.',
      [['Tom Lee, the father of a man who died in the crash, is wrong', 'cue-clause']]],
    ['near-miss: "when" after a noun of time', 'Mr Lane said the days when the town had one paper are gone.', [['the days when the town had one paper are gone', 'cue-clause']]],
    ['near-miss: a verb inside the pronoun', "Ms Diaz said she's glad about the study because it gives evidence.", [["she's glad about the study because it gives evidence", 'cue-clause']]],
    ['near-miss: a bare present after a plural', 'Advocates say obstacles remain for many applicants, who remain unsure about fees.',
      [['obstacles remain for many applicants, who remain unsure about fees', 'cue-clause']]],
    ['an object, then the subject\'s next verb', 'The governor declared a state of emergency and deployed the guard.', []],
    ['near-miss: a second verb after "and"', 'Ms Poe said the council and deployed staff were tired.', [['the council and deployed staff were tired', 'cue-clause']]],
    ['near-miss: words said, then the next verb', 'Mr Hale said “the workers” and swears they back him.', [['“the workers” and swears they back him', 'cue-clause']]],
    ['no verb but participles that describe nouns', 'Ana Ruiz is writing the score for a musical based on a novel, called "Home Again".', []],
    ['near-miss: a verb after the describing participle', 'Ms Poe added the company called Acme had folded.', [['the company called Acme had folded', 'cue-clause']]],
    ['near-miss: a name before "called" is its subject', 'Mr Ray added Ms Lee called the plan a farce.', [['Ms Lee called the plan a farce', 'cue-clause']]],
    ['near-miss: a clause of time after a clause', 'Tom Hale added the tax would rise after the election was held.', [['the tax would rise after the election was held', 'cue-clause']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
