// Two reports in one sentence, each with its speaker after its words: the second's words start after the first one's
// verb and the joining word, and a clause that a joining word opens after "said," is the writer's
// (src/extract/quotes/second-report.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a second report after the first in one sentence', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"while" between two outlets', 'In Hadley, marchers carried white roses, the Gazette reported, while in Albury the parade began with a minute of silence, the Albury Times reported.',
      [['In Hadley, marchers carried white roses', 'Gazette', 'clause-before-cue'], ['in Albury the parade began with a minute of silence', 'the Albury Times', 'clause-after-report']]],
    ['"but" between two people', 'The plan will cost more, Ana Ruiz said, but the council will pay for it, Tom Hale said.',
      [['The plan will cost more', 'Ana Ruiz', 'clause-before-cue'], ['the council will pay for it', 'Tom Hale', 'clause-after-report']]],
    ['near-miss: the writer goes on after "and"', 'Costs will rise, Ana Ruiz said, and taxes will follow.', [['Costs will rise', 'Ana Ruiz', 'clause-before-cue']]],
    ['near-miss: one report alone', 'The plan will cost more, Ana Ruiz said.', [['The plan will cost more', 'Ana Ruiz', 'clause-before-cue']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
