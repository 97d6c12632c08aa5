// A word alone before a comma that opens the sentence reports nothing, whatever the tagger made of it
// (reported.ts introPhrase); a noun naming a label before quoted words makes them a name (embedded.ts NAMING_WORDS).
// Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.explain?.found])

describe('a bare word opening the sentence before an aside', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['"Now" before "according to"', 'Now, according to the brewer, the market for cider will grow 12% this year.',
      [['the market for cider will grow 12% this year', 'according-to']]],
    ['"But" before the speaker', 'But, Ms Lee said, the bridge will stay shut.', [['the bridge will stay shut', 'clause-after-speaker']]],
    ['near-miss: "That" is the subject', 'That, experts say, is the real problem for the party.',
      [['That', 'clause-before-cue'], ['is the real problem for the party', 'clause-after-speaker']]],
    ['near-miss: a noun is the subject', 'Sales, according to the firm, rose in May.', [['Sales', 'according-to']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a noun naming a label before quoted words', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['"the description"', 'The filings use the description "consulting fees" or leave the line blank.', []],
    ['near-miss: quoted words after a verb of saying', 'Ms Lee decried the issue of "rising rents" in the city.',
      [['the issue of "rising rents" in the city', 'quoted-words']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
