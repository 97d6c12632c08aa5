// A word of promising or claiming that the tagger reads as a noun, used as the verb before "to"
// (src/extract/quotes/promise-verb.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('promise words read as nouns', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a plural subject, bare verb', 'Local Democrats vow to expand the river fund.', [['to expand the river fund', 'Local Democrats', 'frame-to']]],
    ['pledge after a plural noun', 'Several council members pledge to block the parking rules.', [['to block the parking rules', 'council members', 'frame-to']]],
    ['claim and an infinitive', 'Several council members claim to object to the parking rules.', [['to object to the parking rules', 'council members', 'frame-to']]],
    ['a second verb after "and"', 'Tom Hale spoke on Monday. He rails against the developers and pledges to stand firm.', [['to stand firm', 'Tom Hale', 'frame-to']]],
    ['near-miss: a possessive before the noun', 'Their pledge to cut taxes was popular with Hadley voters.', []],
    ['near-miss: a noun compound', 'The campaign promises to cut taxes were hollow.', []],
    ['near-miss: a noun after a past verb', 'Hadley voters heard threats and pledges to close the plant.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
