// A role word after an honorific is the surname of someone named before in full: "Rick Dean … Mr Dean said".
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a role word as a surname after an honorific', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a surname that is a role word, named in full before', 'For Ann Dean, director of sales at a film studio, the change is welcome. Tom Hale disagrees. Ms Dean is confident though: "People will see the difference."',
      ['Ann Dean']],
    ['another role word', 'Carl Judge runs a bakery in Hadley. His rival Omar Haddad spoke on Monday. Mr Judge said the tax would ruin him.',
      ['Carl Judge']],
    ['near-miss: a form of address names no one new', 'President Tom Hale met the press on Monday. "Mr President, people will see the difference," he said.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
