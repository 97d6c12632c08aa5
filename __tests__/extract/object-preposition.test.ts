// A frame verb's object never opens with a preposition: a past form followed by one describes the noun before it
// ("the grants refused under the old scheme would …"), a hedge before a number stays part of what was reported
// (src/extract/quotes/complements.ts objectAt); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a preposition opens no object of a frame verb', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a past form that describes a noun', 'Few of the grants refused under the old scheme would have been paid.', []],
    ['another preposition after it', 'Most of the claims rejected by the board were later paid.', []],
    ['near-miss: the object itself', 'Tom Hale denied the claims.', [['the claims', 'Tom Hale', 'frame-object']]],
    ['near-miss: a hedge before a number', 'Ann Reyes promised under 10 new schools.', [['under 10 new schools', 'Ann Reyes', 'frame-object']]],
    ['near-miss: a clause after the preposition phrase', 'Ann Reyes denied under oath that she had lied.', [['that she had lied', 'Ann Reyes', 'cue-clause']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
