// The second noun of a compound object of a verb of naming, read as a verb by the tagger, is a noun
// (nlp/compound-noun.ts nounReadAsVerbAfterNaming); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a compound noun as what is named', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"climate change"', 'Mr. Hale called climate change a hoax.', [['climate change a hoax', 'Mr Hale', 'frame-object-as']]],
    ['"gun control", after "has"', 'Mr. Hale has called gun control a failure perpetrated by the city.', [['gun control a failure perpetrated by the city', 'Mr Hale', 'frame-object-as']]],
    ['near-miss: a verb and no article after it', 'The judge called the court to order.', []],
    ['near-miss: a name, not a compound', 'Ms. Lee called Tom Hale a liar.', [['Tom Hale a liar', 'Ms Lee', 'frame-object-as']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
