// A body named after the person it belongs to is that person's (owner-body.ts): "The Reyes campaign" is not the
// Hale campaign named before it, though both are campaigns.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a body named after its owner', () => {
  test.each<[string, string, Array<string | null>]>([
    ['another person’s campaign',
      'Tom Hale visited the plant on Monday. The Hale campaign criticized Ann Reyes for the trip. Reyes visited the town two days later. The Reyes campaign released a statement: "The people will decide."',
      ['the Hale campaign', 'the Reyes campaign']],
    ['a campaign named as "his" before',
      'Tom Hale visited the plant on Monday. His campaign said "we are winning". Ann Reyes visited the town two days later. The Reyes campaign released a statement: "The people will decide."',
      ['His campaign', 'the Reyes campaign']],
    // near-misses: the same owner's body again; a capital that names no person
    ['the same campaign again',
      'Tom Hale visited the plant on Monday. The Hale campaign said "we are winning". Ann Reyes visited the town two days later. The Hale campaign released a statement: "The people will decide."',
      ['the Hale campaign', 'the Hale campaign']],
    ['a capital that is no person’s name',
      'The Labour government said it would cut 200 jobs. Tom Hale, a union leader, said it was a disgrace. The Labour government said "the cuts were needed".',
      ['the Labour government', 'Tom Hale', 'the Labour government']],
    ['the body named again by its kind alone',
      'Northwind Corp said it would cut 200 jobs. Tom Hale, a union leader, said it was a disgrace. The company said "the cuts were needed".',
      ['Northwind Corp', 'Tom Hale', 'Northwind Corp']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
