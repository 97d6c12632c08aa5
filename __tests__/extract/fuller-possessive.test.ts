// The full name a bare surname means, taken from a possessive, is the name without its "'s" (resolve.ts
// addFullerForm): "Reyes ends Nina Okafor's run … said Okafor" is Nina Okafor.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a fuller name written with a possessive', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a headline possessive', 'Reyes ends Nina Okafor\'s run\n\nNina Okafor, the first Hadley woman to reach the final of the Northwind Open ' +
      'chess event, has lost to Ann Reyes.\n\nThe 19-year-old Okafor lost in the final. "I am proud of my run," said Okafor.',
      ['Nina Okafor']],
    ['near-miss: a name ending in s with no apostrophe', 'Reyes ends Nina Okafors run\n\nNina Okafors, the first Hadley woman to reach the final of the Northwind Open ' +
      'chess event, has lost to Ann Reyes.\n\nThe 19-year-old Okafors lost in the final. "I am proud of my run," said Okafors.',
      ['Nina Okafors']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
