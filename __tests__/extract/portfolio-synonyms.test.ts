// "The foreign minister" for "Foreign Secretary Ann Reyes": one office of government with a portfolio, under either
// word (src/extract/speakers/role-families.ts portfolioSynonym, descriptions.ts). Sentences written for these
// tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a minister and a secretary of the same portfolio', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"the foreign minister" for a foreign secretary', 'Hadley’s Foreign Secretary Ann Reyes met envoys on Monday. The foreign minister said the border would stay open.',
      ['Ann Reyes']],
    ['"the defence secretary" for a defence minister', 'Defence Minister Tom Hale visited the base on Friday. The defence secretary said the troops would stay.',
      ['Tom Hale']],
    ['near-miss: another portfolio', 'Home Secretary Ann Reyes met envoys on Monday. The foreign minister said the border would stay open.',
      ['The foreign minister']],
    ['near-miss: two foreign secretaries, neither', 'Foreign Secretary Ann Reyes met Foreign Secretary Tom Hale of Kestria on Monday. The foreign minister said the border would stay open.',
      ['The foreign minister']],
    ['near-miss: a lesser rank', 'Deputy Foreign Secretary Tom Hale met envoys on Monday. The foreign minister said the border would stay open.',
      ['The foreign minister']],
    ['the exact title first: a foreign minister before a foreign secretary', 'Foreign Minister Tom Hale met Foreign Secretary Ann Reyes on Monday. The foreign minister said the border would stay open.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  it('near-miss: a foreign secretary named only inside a quote is not the foreign minister', () => {
    expect(speakers('“Ask Foreign Secretary Ann Reyes,” said Tom Okafor. The foreign minister said the border would stay open.'))
      .not.toContain('Ann Reyes')
  })
})
