// A person's full name written as a modifier of a thing is the full name a bare surname later means
// (speakers/name-as-modifier.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a full name before a thing', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a goal named after its scorer', 'Hadley Rovers won 2-1 with a late Tom Okafor header. Okafor admitted he thought they were beaten.',
      ['Tom Okafor']],
    ['an administration named after its head', 'The Donald Hale administration cut the budget. Hale said the cuts were fair.',
      ['Donald Hale']],
    ['near-miss: a band before its member\'s role and name', 'The Arthur Hadley frontman Sam Okafor quit the band on Monday. Hadley said the tour would go on.',
      ['Hadley']],
    ['near-miss: no first name before the surname', 'Hadley Rovers won 2-1 with a late Okafor header. Okafor admitted he thought they were beaten.',
      ['Okafor']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
