// "the <seat> MP" describes whoever holds the office, not a person named "<seat>" (names.ts nameInPhrase): the
// description then goes to the person the article gave that office; "Jane Hale MP" is still Jane Hale.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a seat before the letters of an office', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the seat and MP after a quote', 'Labour MP Tom Hale spoke of his shock. "I felt guilt," said the Dunmore West MP.', ['Tom Hale']],
    ['the seat and MP before a verb', 'MP Ruth Okafor was in London. The Kentmere MP said the vote was lost.', ['Ruth Okafor']],
    ['near-miss: a name before MP', 'Tom Hale MP spoke of his shock. "I felt guilt," said Mr Hale.', ['Tom Hale']],
    ['near-miss: an honour after "the", a role and a name', '"We will win this," said the actor Tom Hale OBE.', ['Tom Hale']],
    ['near-miss: a name and MP as subject', 'Ruth Okafor MP said the vote was lost.', ['Ruth Okafor']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
