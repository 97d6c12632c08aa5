// A possessive before a name says whose the person is, and is no part of the name: "Hadley's Tom Reyes" is Tom
// Reyes, of Hadley (speakers/names.ts possessorBefore), whether or not the tagger knows the first word for a first name.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a possessive owner before a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a party before a name the tagger knows for a person only', 'Labour\'s Robin Okafor said the war had been a mistake. "We were misled," Mr Okafor said.',
      ['Robin Okafor', 'Robin Okafor']],
    ['a club before a name, then the surname alone', 'Arsenal\'s Sol Hadley has signed a new deal. "I am happy here," Hadley said.',
      ['Sol Hadley']],
    ['a country before a surname alone', 'Switzerland\'s Vandermeer said he was tired after the match.',
      ['Vandermeer']],
    ['near-miss: a body whose name holds a possessive', 'The Children\'s Relief Association said the rules were unfair.',
      ['the Children\'s Relief Association']],
    ['near-miss: a town\'s body keeps its owner', 'Hadley\'s Ambulance Service said the crews had treated 40 people.',
      ['Hadley\'s Ambulance Service']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
