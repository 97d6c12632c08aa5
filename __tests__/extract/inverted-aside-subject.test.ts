// A phrase cut from the verb by a comma alone, with the speaker after the verb and another comma, is the subject of
// the reported words, not the speaker: "The plan, said Ann Reyes, was doomed" (src/extract/quotes/reported.ts
// parentheticalCue); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker])

describe('the verb and its speaker as an aside inside the reported words', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a noun phrase before the aside', 'The mood of the meeting, said Mr Hale, would be calmer than last year.',
      [['The mood of the meeting', 'Mr Hale'], ['would be calmer than last year', 'Mr Hale']]],
    ['a writing after the verb', 'The plan, said the report, was doomed.', [['The plan', 'the report'], ['was doomed', 'the report']]],
    ['an opening phrase after "But"', 'But in many towns, said the survey, buses ran late every day.',
      [['buses ran late every day', 'the survey']]],
    ['near-miss: an age after the subject', 'Tom Hale, 54, said the plan was dead.', [['the plan was dead', 'Tom Hale']]],
    ['near-miss: a name set off by commas', "His mother, Ann, said her son's friend, Tom Hale, had lied to the court.",
      [["her son's friend, Tom Hale, had lied to the court", 'Ann']]],
    ['near-miss: the speaker closing the sentence', 'The plan was doomed, said Ann Reyes, the mayor.', [['The plan was doomed', 'Ann Reyes']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
