// A sentence that opens on a when or a where with no comma, then an honorific and a name: the name is the subject
// (speakers/opener-before-honorific.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.filter((q) => q.text.includes('case')).map((q) => q.speaker)

describe('an opener before an honorific and a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"During …" ending on a plain noun', 'Tom Hale is on trial. During his third week of evidence at the inquest Mr Hale said the case was weak.',
      ['Tom Hale']],
    ['"On …"', 'Tom Hale is on trial. On the second day of the hearing Mr Hale said the case was weak.',
      ['Tom Hale']],
    ['"After …"', 'Ann Reyes is on trial. After a long day of evidence Ms Reyes told the court the case was weak.',
      ['Ann Reyes']],
    ['near-miss: a role before the honorific is its title', 'Tom Hale is on trial. At the hearing his lawyer Mr Reyes said the case was weak.',
      ['Mr Reyes']],
    ['near-miss: no opener, a preposition before the honorific', 'Tom Hale is on trial. A spokeswoman for Mr Hale said the case was weak.',
      ['a spokeswoman for Mr Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
