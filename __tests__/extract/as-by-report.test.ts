// A clause of "as" in the passive that names who made the rest of the sentence known: "As reported by the Gazette,
// …", "…, as first reported by Reuters." (src/extract/quotes/as-by-report.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('"as reported by" and the words it vouches for', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['opening the sentence', 'As reported by the Hadley Gazette, the bridge will close in May.', [['the bridge will close in May', 'the Hadley Gazette', 'as-clause-passive']]],
    ['closing the sentence, with a day', 'The bridge will close in May, as first reported by Reuters on Tuesday.', [['The bridge will close in May', 'Reuters', 'as-clause-passive']]],
    ['after an adverb set off', 'However, as previously noted by the Hadley Gazette, the mayor paid the fine.', [['the mayor paid the fine', 'the Hadley Gazette', 'as-clause-passive']]],
    ['near-miss: no one named', 'As reported in the minutes, the bridge will close in May.', []],
    ['near-miss: a forecast borne out', 'The film won only one award, as predicted by critics.', []],
    ['near-miss: no comma before "as"', 'Sales rose as reported by the firm.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
