// The full name a bare surname means, taken from a possessive, is the name without its "'s" (resolve.ts
// addFullerForm): "Serena ends Sania Okafor's dream … said Okafor" is Sania Okafor.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a fuller name written with a possessive', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a headline possessive', 'Serena ends Sania Okafor\'s dream\n\nSania Okafor, the first Indian woman to reach the third round of a Grand Slam ' +
      'tennis event, has lost to Serena Williams.\n\nThe 18-year-old Okafor lost in the third round. "I am proud of my run," said Okafor.',
      ['Sania Okafor']],
    ['near-miss: a name ending in s with no apostrophe', 'Serena ends Sania Okafors dream\n\nSania Okafors, the first Indian woman to reach the third round of a Grand Slam ' +
      'tennis event, has lost to Serena Williams.\n\nThe 18-year-old Okafors lost in the third round. "I am proud of my run," said Okafors.',
      ['Sania Okafors']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
