// A people's word before the surname of someone named in full is a nationality, no part of a name: "American Hale"
// after "Lindsay Hale" is Lindsay Hale (speakers/national-surname.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a people\'s word before a surname named before', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the speaker phrase', 'Lindsay Hale defeated Ann Cole on Monday. "I played well," said American Hale.',
      ['Lindsay Hale']],
    ['a subject before "she said"', 'Lindsay Hale defeated Ann Cole on Monday. American Hale will now face Jo Marsh. "I played well," she said.',
      ['Lindsay Hale']],
    ['a people\'s word the tagger does not know', 'Tom Reyes won the stage on Sunday. Briton Reyes had crashed a day earlier. "My legs were fine," he said.',
      ['Tom Reyes']],
    ['near-miss: nobody holds that surname', 'Ann Cole won on Monday. "I played well," said American Hale.',
      ['American Hale']],
    ['near-miss: the same words named a person first', '"We laugh at it all," said German Reyes, a comedian. Freddy Reyes, his brother, stars too. German Reyes says the play is about class.',
      ['German Reyes', 'German Reyes']],
    ['near-miss: a body\'s name', 'Tom Reyes flew to Rome. "The flight was late," said British Airways.',
      ['British Airways']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
