// A one-word name known as a speaker is named again where the tagger reads it as another word ("Parry" the
// verb): those mentions count for whom "he" means (later-mentions.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('later mentions of a one-word speaker', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a name the tagger reads as a verb', 'Parry said the club would not sell. Coach Tom Hale watched from the stands on Sunday. Parry is finalising funding for the new stadium. He said: "It is an eye-opener."',
      ['Parry', 'Parry']],
    ['near-miss: someone else named after the later mention', 'Parry said the club would not sell. Parry is finalising funding for the new stadium. Coach Tom Hale watched from the stands on Sunday. He said: "It is an eye-opener."',
      ['Parry', 'Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
