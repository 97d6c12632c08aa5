// The group whose examples end right before the verb speaks, not the last example: "Campaign groups including
// Greenleaf and Fair Share said …" (src/extract/quotes/speaker-phrase.ts headBeforeExamples); sentences written for
// these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a group and its examples before the verb', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['"including" and a list', 'Campaign groups including Greenleaf, the Hadley Trust and Fair Share said the plan was weak.',
      [['the plan was weak', 'Campaign groups']]],
    ['"such as" after a plural opening the sentence', 'Charities such as Greenleaf and Fair Share said the plan was weak.', [['the plan was weak', 'Charities']]],
    ['near-miss: names with no group before them', 'Tom Hale, Ann Reyes and Fair Share said the plan was weak.', [['the plan was weak', 'Fair Share']]],
    ['near-miss: a team named in capitals', 'The Harriers including Tom Hale said the plan was weak.', [['the plan was weak', 'Tom Hale']]],
    ['near-miss: the examples end a clause before the speaker', 'Ann Reyes spoke first. Rents could fall after a review by groups including the Hadley Trust, she said.',
      [['Rents could fall after a review by groups including the Hadley Trust', 'Ann Reyes']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
