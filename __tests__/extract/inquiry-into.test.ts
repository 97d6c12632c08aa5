// What an inquiry looks into goes with it (phrases.ts CONNECTORS "into"): "Lord Hale's report into the floods said"
// is the report's, whose author is Lord Hale; "An inquiry into the crash found" is the inquiry's. Sentences written
// for this test, with a near-miss where "into" follows a verb.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a report into something', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a possessive author before the report', "Lord Hale's report into the floods said the dams were weak.",
      [['the dams were weak', 'Lord Hale']]],
    ['an inquiry with no author', 'An inquiry into the crash found that the pilot was tired.',
      [['that the pilot was tired', 'an inquiry into the crash']]],
    ['near-miss: "into" after a verb is no part of the subject', 'The firm walked into the trap, Ms Lee said.',
      [['The firm walked into the trap', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
