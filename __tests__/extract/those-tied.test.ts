// "those" tied to someone as the speaker after a verb of saying (those-tied.ts): sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('"…, said those close to the minister"', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['an adjective that relates and its preposition', 'The plan will be dropped, said those close to the minister.',
      [['indirect', 'The plan will be dropped', 'those close to the minister']]],
    ['a preposition of belonging, after quoted words', 'Talks on the merger have been "making good progress", say those behind the deal.',
      [['mixed', 'Talks on the merger have been "making good progress"', 'those behind the deal']]],
    ['no comma, and a preposition the tagger reads as a noun', 'Talks on the merger have been "making good progress" say those behind the negotiations.',
      [['mixed', 'Talks on the merger have been "making good progress"', 'those behind the negotiations']]],
    ['near-miss: "those" as the subject of the reported clause', 'Mr Lund said those close to the minister would be fired.',
      [['indirect', 'those close to the minister would be fired', 'Mr Lund']]],
    ['near-miss: "those" tied to nobody', 'The old rules, and those that replaced them, were dropped, said Ms Ruiz.',
      [['indirect', 'The old rules, and those that replaced them, were dropped', 'Ms Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
