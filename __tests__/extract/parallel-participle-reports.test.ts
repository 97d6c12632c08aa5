// Two people's participle reports joined by "and" (quotes/reported.ts parallelParticiple): "with Ms Lee calling the
// plan “a farce” and Mr Hale calling it “late”" are two reports, each with its own speaker, though neither has a
// finite verb to end the first. Sentences written for this test, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('participle reports joined by "and"', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['two naming quotes', 'Critics attacked the plan, with Ms Lee of Leeds calling the review of the budget "a farce" and Tom Hale of York calling the process "far too late".',
      [['the review of the budget "a farce"', 'Ms Lee'], ['the process "far too late"', 'Tom Hale']]],
    ['a naming quote, then a call', 'Critics attacked the plan, with Ms Lee calling it "a farce" and Mr Hale calling for a vote.',
      [['it "a farce"', 'Ms Lee'], ['a vote', 'Mr Hale']]],
    ['near-miss: "and" before a thing, no person', 'Ms Lee was calling the plan "a farce" and the process too slow.',
      [['the plan "a farce" and the process too slow', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
