// "he" and "she" mean a person the article names as one before a single capitalised word the tagger reads as a
// place, a date or a body, which the resolver took for a person only by a word before it ("host Leeds").
// Sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('"he" after a place taken for a person', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a named man before the place', 'Tom Okafor has re-opened the debate.\n\nThe Sharks host Leeds in the cup on Friday. "It is an important game," he told the radio.',
      ['Tom Okafor']],
    ['"she" the same', 'Ann Baker has re-opened the debate.\n\nThe Sharks host Leeds in the cup on Friday. "It is an important game," she told the radio.',
      ['Ann Baker']],
    ['near-miss: nobody else before, the place is all there is', 'The Sharks host Leeds in the cup on Friday. "It is an important game," he told the radio.',
      ['Leeds']],
    // (a title before the one word registers it as a name; "host" before it now reads as the verb it is)
    ['a place after a title is still the last choice', 'Tom Okafor has re-opened the debate.\n\nThe Sharks coach Leeds was at the cup on Friday. "It is an important game," he told the radio.',
      ['Tom Okafor']],
    ['near-miss: a surname alone is a "he" like any', 'Tom Okafor has re-opened the debate.\n\nThe Sharks coach Hewitt was at the cup on Friday. "It is an important game," he told the radio.',
      ['Hewitt']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
