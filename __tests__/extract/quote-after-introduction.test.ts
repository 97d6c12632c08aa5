// A quote standing alone in the paragraph that turns to someone by name is theirs: "Her neighbour, Raj Singh, agreed.
// “It is a scandal.”" (quotes/index.ts paragraphSubject). Sentences written for these tests, with the near-misses
// where the quote stays with the speaker before.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])
const opening = '“We are worried,” said Mia Chen.\n\n'

describe('a quote after the paragraph turns to someone by name', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a name and a description, then a verb with no words reported', 'Her neighbour, Raj Singh, agreed. “It is a scandal.”',
      [['“It is a scandal.”', 'Raj Singh']]],
    ['a relative clause between the name and its verb', 'Raj Singh, who lives next door, was less alarmed. “It will pass.”',
      [['“It will pass.”', 'Raj Singh']]],
    ['the sentence right before the quote, not the paragraph’s first', 'In May the shop closed. On the other side of the street, Raj Singh stayed open. “We had no choice.”',
      [['“We had no choice.”', 'Raj Singh']]],
    ['near-miss: the paragraph is about a thing', 'The mill closed in May. “It is a scandal.”', [['“It is a scandal.”', 'Mia Chen']]],
    ['near-miss: a pronoun may be anyone the story was telling of', 'In May he sold the shop. “It is a scandal.”', [['“It is a scandal.”', 'Mia Chen']]],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakers(opening + paragraph).slice(1)).toEqual(expected)
  })

  test('near-miss: after the speaker’s own quote in the paragraph, the quote goes on with them', () => {
    const text = '“We are worried,” said Mia Chen. Raj Singh has lived here for 40 years. “I have never seen anything like it.”'
    expect(speakers(text)).toEqual([['“We are worried,”', 'Mia Chen'], ['“I have never seen anything like it.”', 'Mia Chen']])
  })

  test('near-miss: a quote mark left unpaired earlier in the paragraph ends the search', () => {
    const text = opening + '” … the race is over,” wrote the Gazette. Tom Hale had spoken earlier. “The count goes on.”'
    expect(speakers(text).map(([, speaker]) => speaker)).not.toContain('Tom Hale')
  })
})
