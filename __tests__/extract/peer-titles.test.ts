// "Baroness" before a surname is a peer's honorific, as "Lord" and "Lady" are: "Baroness Albury" is the Betty Albury
// named before, and a woman (src/extract/lexicon/roles.ts HONORIFICS); sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a peer named by title and surname', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"Baroness" after the full name', 'Betty Albury said the chamber needed reform. Baroness Albury said the vote was close.', ['Betty Albury', 'Betty Albury']],
    ['"she" after "Baroness"', 'Baroness Reyes said people distrusted politicians. Tom Hale disagreed. She said it was sad.', ['Baroness Reyes', 'Baroness Reyes']],
    ['near-miss: another surname', 'Betty Albury said the chamber needed reform. Baroness Reyes said the vote was close.', ['Betty Albury', 'Baroness Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
