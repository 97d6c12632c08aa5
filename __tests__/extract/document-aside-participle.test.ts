// A writing's maker named in an aside set off by commas is its author, as without the commas: "The study, published by
// the Hadley Institute, found …" (src/extract/speakers/author-after.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker])

describe('the author in an aside after a writing', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the agent closes the aside', 'The study, carried out by housing expert professor Tom Hale, says building more homes would cut rents.',
      [['building more homes would cut rents', 'Tom Hale']]],
    ['a time after the agent', 'The study, published by the Hadley Institute last week, found that rents had doubled.',
      [['that rents had doubled', 'the Hadley Institute']]],
    ['near-miss: one who paid for it', 'The study, commissioned by the Hadley Trust, found that rents had doubled.', [['that rents had doubled', 'The study']]],
    ['near-miss: the aside goes on past the agent', 'The report, published by the council and its partners in the region over the past year, found that rents had doubled.',
      [['that rents had doubled', 'The report']]],
    ['near-miss: no agent', 'The report, released on Monday, said rents had doubled.', [['rents had doubled', 'The report']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
