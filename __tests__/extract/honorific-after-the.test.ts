// A one-word name after "the …" is read as a description ("the 28-year-old Moreno" is Moreno only when the article
// knows the surname), but an honorific before the word makes it a person's name whatever comes before it:
// "At the time Lord Hale said …" is Lord Hale, "the Lord Chancellor Lord Reyes said …" Lord Reyes (resolve.ts theName).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('an honorific name after "the …" in a speaker phrase', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a time phrase before an honorific and a surname', 'The rules changed in 1998. At the time Lord Hadley said the plans were a mistake.',
      ['Lord Hadley']],
    ['an office written before the honorific name', 'Paying tribute, the Lord Chancellor Lord Tarrant said the judge was one of the great advocates of his day.',
      ['Lord Tarrant']],
    ['another honorific', 'Parking fees rose again. On the day Mrs Okafor said the council had broken its word.',
      ['Mrs Okafor']],
    ['near-miss: one of a people stays a description', 'The match ended late. The Scot said the crowd had been wonderful.',
      ['The Scot']],
    ['near-miss: the office alone names no one new', 'Lord Tarrant met the judges on Monday. Paying tribute, the Lord Chancellor said the judge was one of the great advocates of his day.',
      ['Lord Tarrant']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
