// A writing speaks for the agent of a participle of making it known (speakers/author-after.ts): "according to figures
// published by the ministry" is the ministry's, and "the survey" named again later is the same author's
// (resolve.ts writingAuthors). Not the agent of getting hold of one ("a report seen by the Gazette"), nor where a
// name before the writing says whose it is. Sentences written for this test.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a writing published by someone', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['published by', 'According to figures published by the ministry, crime fell by 5%.', [['crime fell by 5%', 'the ministry']]],
    ['a few words before "by"', 'According to calculations presented to the Senate by Dr Jane Hale in May, the drug may be linked to 500 deaths.',
      [['the drug may be linked to 500 deaths', 'Jane Hale']]],
    ['the time after the author is no part of it', 'According to a report released by the Brookings Institution last year, 46,000 accounts were used.',
      [['46,000 accounts were used', 'Brookings Institution']]],
    ['the same writing named again', 'A survey conducted by PC World has revealed that many people are unhappy. The survey found that one firm was the worst.',
      [['that many people are unhappy', 'PC World'], ['that one firm was the worst', 'PC World']]],
    ['near-miss: the agent only saw it', 'According to a report seen by the Gazette, the plan failed.', [['the plan failed', 'a report']]],
    ['near-miss: a name before the writing says whose it is', 'Crime fell, according to an Acme report released by the council.', [['Crime fell', 'Acme']]],
    ['near-miss: a plain "by" still names the author', 'Crime fell, according to a Twitter post by Amy Cook.', [['Crime fell', 'Amy Cook']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
