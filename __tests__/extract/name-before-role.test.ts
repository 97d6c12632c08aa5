// A name that modifies the role after it names nobody, nor does its last word alone, though the article names that
// person in full elsewhere (speakers/index.ts `modifiers`): in "Obama consultant Tom Reyes, a pollster, picked up
// the thread. “…,” he said" "he" is Tom Reyes, not a bare "Obama" taken for the subject.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name before a role and a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a surname before a role',
      'Barack Obama won the state in 2008. Obama consultant Tom Reyes, a pollster, picked up the thread. "Voters see it," he said.',
      ['Tom Reyes']],
    ['a band before its frontman',
      'Arthur Hadley frontman Sam Okafor played in Leeds on Monday. "Music needs support," he said. Later Arthur Hadley played two songs.',
      ['Sam Okafor']],
    // near-misses: the surname as the subject, and as an owner, are the person
    ['the surname as the subject',
      'Barack Obama won the state in 2008. Later Obama picked up the thread. "Voters see it," he said.',
      ['Barack Obama']],
    ['the surname of someone spoken to',
      'Barack Obama won the state in 2008. Tom Reyes told Obama the vote was close. "Voters see it," he said.',
      ['Tom Reyes', 'Tom Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
