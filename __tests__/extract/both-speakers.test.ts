// "Both", "the two", "the pair" speak for the two people named just before them (src/extract/speakers/both.ts).
// Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a word for two people names the two', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a pair named together before', 'Jane Lee and Tom Kim run the residents’ group. “It is a good day,” both said.',
      ['Jane Lee and Tom Kim']],
    ['two people named in the sentence before', 'Anna Ruiz met Carl Dunn on Monday. Both said the deal was fair.',
      ['Anna Ruiz and Carl Dunn']],
    ['"the two" in the same way', 'Anna Ruiz met Carl Dunn on Monday. “We are pleased,” the two said.',
      ['Anna Ruiz and Carl Dunn']],
    ['near-miss: three people named leave it open', 'Omar Haddad praised Sara Blum and Eva Cole. “It was hard,” the two said.',
      ['the two']],
    ['near-miss: no people named, only bodies', 'The council met the trust on Monday. Both said the park would open in May.',
      ['Both']],
    ['near-miss: "both sides" is a group of its own', 'Anna Ruiz met Carl Dunn on Monday. Both sides said the deal was fair.',
      ['Both sides']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
