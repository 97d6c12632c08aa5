// A common word taken for a person only because it opens a sentence is not whom "he" means when someone else may be
// (pronouns.ts, commonWordNamed); a one-word name written with a capital inside a sentence still is.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a common word opening a sentence is no "he"', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a plural noun read as a speaker', 'Tom Hale, the policing minister, said the powers were fair. Statistics showed that of the 40 people stopped, only two were charged. "We have nothing to hide," he added.',
      ['Tom Hale', 'Statistics', 'Tom Hale']],
    ['near-miss: the word is written with a capital inside a sentence too', 'Tom Hale, the policing minister, said the powers were fair. Ban said that of the 40 people stopped, only two were charged. The figures from Ban were published on Monday. "We have nothing to hide," he added.',
      ['Tom Hale', 'Ban', 'Ban']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
