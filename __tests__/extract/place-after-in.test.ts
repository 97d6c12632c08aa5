// Capitals after "in" inside a speaker's phrase say where, not who (names.ts nameInPhrase): "fans in the United
// States" are the fans; a name after "by" still names the author of what is "in" a paper.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a place after "in" in a speaker’s phrase', () => {
  test.each<[string, string, Array<string | null>]>([
    ['people in a country, then "who"', 'The play was panned by fans in the United States, who said the songs were dull.', ['fans in the United States']],
    ['a writer in a paper', '"It was a first," wrote Tom Hale in the Daily Courier.', ['Tom Hale']],
    ['near-miss: a name after "by"', 'The firm was rocked by an article in the Daily Courier by Ruth Okafor, who reported that sales fell.', ['Ruth Okafor']],
    ['near-miss: a name set off after the place', 'Our correspondent in Washington, Tom Hale, said the vote was close.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
