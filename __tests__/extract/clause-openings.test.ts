// Where what was said begins, in three shapes the rules missed (sentences written for these tests):
//   a count with a thousands separator is no year (src/nlp/tag-fixes.ts): "have said 4,118 of the buses were …";
//   a phrase of the day between a verb and its frame (complements.ts dayPhraseOpens): "called on Monday for …";
//   a stray comma between a verb and "that" (reported.ts clauseStart): "He added, that there is a real need …".
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('where the words after a verb of saying begin', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a count with a thousands separator', 'Hadley officials have said 4,118 of the buses were late.', [['4,118 of the buses were late', 'Hadley officials']]],
    ['near-miss: a year stays a date', 'Hadley officials said in 2019 that the buses were late.', [['that the buses were late', 'Hadley officials']]],
    ['"on" and a day before the frame', 'Ana Ruiz called on Monday for a ceasefire.', [['a ceasefire', 'Ana Ruiz']]],
    ['"on" and a day before a question', 'Tom Hale asked on Friday whether the road was safe.', [['whether the road was safe', 'Tom Hale']]],
    ['near-miss: "called on" someone', 'Ana Ruiz called on Tom Hale to resign.', [['Tom Hale to resign', 'Ana Ruiz']]],
    ['a stray comma before "that"', 'Tom Hale added, that there is a real need for a new bridge.', [['that there is a real need for a new bridge', 'Tom Hale']]],
    ['near-miss: the verb in an aside of a cleft', 'It is on his watch, Tom Hale said, that the town is divided.', [['It is on his watch', 'Tom Hale'], ['that the town is divided', 'Tom Hale']]],
    ['near-miss: "that" as a pronoun after the comma', 'Tom Hale said, that is the question, and left.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
