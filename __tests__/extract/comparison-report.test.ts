// A report's clause ends where a comparison with another group's words begins, and that group's words are a report
// of their own (src/extract/quotes/comparison-report.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a comparison with another group that says something', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"compared with" and a relative word', 'Most members say they trust the mayor, compared with 40 percent who say the same of the council.',
      [['they trust the mayor', 'members', 'cue-clause'], ['the same of the council', '40 percent', 'answer-report']]],
    ['"after" and an answer', 'Six in 10 members now say the plan is fair, after half said so in May.',
      [['the plan is fair', 'Six in 10 members', 'cue-clause'], ['so', 'half', 'answer-report']]],
    ['a group that speaks through "who"', 'One in four said the plan was unfair, about the same number who said the plan truly helps.',
      [['the plan was unfair', 'One in four', 'cue-clause'], ['the plan truly helps', 'the same number', 'cue-clause']]],
    ['near-miss: a group that says nothing', 'Most said the plan was fair, about the same number who attended.',
      [['the plan was fair, about the same number who attended', 'Most', 'cue-clause']]],
    ['near-miss: a comparison with no words said', 'Most members say they trust the mayor, compared with 40 percent last year.',
      [['they trust the mayor, compared with 40 percent last year', 'members', 'cue-clause']]],
    ['near-miss: "after" and a time', 'Most members say they trust the mayor, after the vote in May.',
      [['they trust the mayor, after the vote in May', 'members', 'cue-clause']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
