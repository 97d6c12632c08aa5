// "counsel" is a role, however the tagger reads it: "Tom Hale, counsel to the panel, said …" names Hale
// (src/extract/lexicon/roles.ts PERSON_ROLES); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker])

describe('counsel beside a name', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['after the name', 'Tom Hale, counsel to the panel, said the ruling was wrong.', [['the ruling was wrong', 'Tom Hale']]],
    ['before the name', 'Senior counsel Ann Reyes said the appeal would fail.', [['the appeal would fail', 'Ann Reyes']]],
    ['near-miss: the verb', 'Doctors counsel patience, said Tom Hale.', [['Doctors counsel patience', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
