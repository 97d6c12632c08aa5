// "She said" skips, at first, a person the article gave no gender whose first name is almost always a man's, and
// "he said" one whose first name is a woman's (speakers/pronouns.ts namedAsOther): "Jo Lind won the nomination.
// Podcaster Mark Tully was picked as the running mate. She said …" is Jo Lind. When nobody else fits, the article's
// pronoun still wins over the usual gender of a name.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a first name of the other gender', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"she" past a man’s first name',
      'Jo Lind won the nomination in May. Podcaster Mark Tully was picked as the running mate. She said the ticket would win.',
      ['Jo Lind']],
    ['"he" past a woman’s first name',
      'Tom Lind won the nomination in May. Podcaster Sarah Tully was picked as the running mate. He said the ticket would win.',
      ['Tom Lind']],
    // near-misses: a pronoun that agrees, and a pronoun with no one else before it
    ['"he" for the man named last',
      'Jo Lind won the nomination in May. Podcaster Mark Tully was picked as the running mate. He said the ticket would win.',
      ['Mark Tully']],
    ['nobody else fits',
      'Podcaster Mark Tully was picked as the running mate in May. She said the ticket would win.',
      ['Mark Tully']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
