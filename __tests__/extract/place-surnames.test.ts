// A name with an honorific is a person's, never a place's whose last word it shares (place-surnames.ts):
// "Mr Park" after "Central Park" is Mr Park.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a surname that ends a place name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['Mr Park after Central Park', 'Thousands gathered in Central Park on Sunday. "We did not expect this," Mr Park said.', ['Mr Park']],
    ['Ms Hill after Capitol Hill', 'Crowds filled Capitol Hill on Sunday. "We did not expect this," Ms Hill said.', ['Ms Hill']],
    // near-misses: the person named in full before, a run the tagger could not place
    ['Mr Park after Kim Park, with Central Park about', 'Thousands gathered in Central Park on Sunday. Organiser Kim Park said the turnout was huge. "We did not expect this," Mr Park said.',
      ['Kim Park', 'Kim Park']],
    ['Mr Durbin after Dick Durbin', 'Dick Durbin spoke first. "We did not expect this," Mr Durbin said.', ['Dick Durbin']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
