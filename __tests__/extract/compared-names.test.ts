// A name someone is compared with ("who like Montalban …") is no one a later description means
// (src/extract/speakers/resolve.ts comparedWith). Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name in a comparison', () => {
  test.each<[string, string, Array<string | null>]>([
    ['after "who like"', 'I am talking about Alfonso Reyes, who like Carlos Montalban was born in Mexico. “We publish local artists,” says the 39-year-old founder of the shop.',
      ['Alfonso Reyes']],
    ['after a comma and "unlike"', 'The shop belongs to Ana Ruiz. She has, unlike Tom Hale, never sold a superhero comic. “People want new stories,” says the owner.',
      ['Ana Ruiz']],
    ['near-miss: "like" naming examples keeps the name', 'Writers like Tom Hale sell well here. “People want new stories,” says the author.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
