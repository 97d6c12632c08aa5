// A source after "according to" vouches for the whole sentence before it, and what a verb's frame takes inside it gives
// way (src/extract/quotes/source-over-frames.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('"according to" over the frames inside its sentence', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['an invitation inside', 'In 2007, Tom Hale set up a firm in Ohio and invited a banker to invest, according to a court filing.',
      [['In 2007, Tom Hale set up a firm in Ohio and invited a banker to invest', 'a court filing', 'according-to']]],
    ['a pledge inside', 'In the end, the other two delegates pledged to back the senator, according to Ana Ruiz.',
      [['In the end, the other two delegates pledged to back the senator', 'Ana Ruiz', 'according-to']]],
    ['near-miss: a clause after a verb of saying keeps its speaker', 'Ana Ruiz said the plan failed, according to the Hadley Gazette.',
      [['the plan failed', 'Ana Ruiz', 'cue-clause']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
