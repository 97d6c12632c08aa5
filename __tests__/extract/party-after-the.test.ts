// A capitalised plural after "the" and capitals is a party or a people, never a person titled by the words before it
// (names.ts partyAfterThe): "he" after "Only the Liberal Democrats stood against the war" is the man named before.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a party after "the" is no person', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"he" after a party in the reported clause', 'Mr Hale spoke in Leeds. Only the Liberal Democrats stood against the war, he said, and they had also opposed the plan.',
      ['Mr Hale']],
    ['"she" likewise', 'Senator Ann Reyes spoke. The Young Republicans backed the plan, she said.', ['Ann Reyes']],
    ['the party speaking for itself', 'The Liberal Democrats said the plan would fail.', ['the Liberal Democrats']],
    ['near-miss: a leader of the party named in full', 'The Liberal leader Tom Evans spoke. "We stood alone," he said.', ['Tom Evans']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
