// "no" before the object of a frame verb is part of what was made known or promised: "reported no arrests", "promised
// no new taxes" (src/extract/quotes/complements.ts objectAt); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('"no" before what a frame verb takes', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['made known', 'Police reported no arrests on Monday.', [['no arrests on Monday', 'Police', 'frame-statement']]],
    ['promised', 'Ana Ruiz promised no new taxes.', [['no new taxes', 'Ana Ruiz', 'frame-object']]],
    ['near-miss: "no one" is no thing promised', 'Ana Ruiz urged no one to leave.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
