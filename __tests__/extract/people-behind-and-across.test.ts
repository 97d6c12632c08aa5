// People before "behind", "near" or "from across" are the speakers, with the words after as their description
// (phrases.ts CONNECTORS and phraseEndingAt; speakers/descriptions.ts head): "The developers behind the system
// said" is the developers, not the system; "Critics from across the political spectrum said" the critics.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('people placed by a preposition before the verb', () => {
  test.each<[string, string, Array<string | null>]>([
    ['behind', 'Tom Hale won the race in Hadley. The developers behind the system said it would be ready in May.',
      ['the developers behind the system']],
    ['from across', 'Tom Hale won the race in Hadley. Critics from across the political spectrum have claimed this is a move by Hale to win.',
      ['Critics from across the political spectrum']],
    ['near', 'Tom Hale won the race in Hadley. Residents near the plant said the air was bad.', ['Residents near the plant']],
    // near-miss: a person named before "near" is that person (speakers/resolve.ts nameBeforePlace)
    ['a name before "near"', 'Tom Hale near the gate said the crowd was calm.', ['Tom Hale']],
    // near-miss: a capitalised "Behind" is a name's word, and the frame after it still reads
    ['a name ending in "Behind"', 'Tom Hale won the race in Hadley. A number of studies have credited No Child Left Behind with improving some test scores.',
      ['a number of studies']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
