// The one person a sentence names, as an object, in a sentence whose subject is a thing, is whom "he" right after
// means (lone-object.ts); near-misses keep the usual choice, the subject named before.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

const BEFORE = 'Omar Haddad said on Monday that the fine was fair. "We broke the rules," Haddad said. '

describe('a person named only as an object in the sentence before the pronoun', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the claims put to him', 'The claims were put to Tom Hale after the match. "I will not comment," he said.', 'Tom Hale'],
    ['near-miss: two people named there', 'The claims were put to Tom Hale and Ben Cole after the match. "I will not comment," he said.', 'Omar Haddad'],
    ['near-miss: a "he" is that sentence’s subject', 'In May he hired Tom Hale as coach. "I will not comment," he said.', 'Omar Haddad'],
    ['near-miss: a person described is that sentence’s subject', 'The club chairman on Friday sacked coach Tom Hale. "I will not comment," he said.', 'Omar Haddad'],
    ['near-miss: a "his" there may be someone else’s', 'The vote forced Tom Hale to drop his plan. "I will not comment," he said.', 'Omar Haddad'],
    ['near-miss: the subject of a clause set before the main one', 'When Tom Hale arrived, the crowd had grown to thousands. "I will not comment," he said.', 'Omar Haddad'],
    ['the owner of a statement', 'Many were listening to Tom Hale\'s statement on Tuesday. "I will not comment," he said.', 'Tom Hale'],
    ['near-miss: the owner of a thing', 'The comeback was capped by Tom Hale\'s late drive. "I will not comment," he said.', 'Omar Haddad'],
    ['near-miss: an opponent', 'The title holder had to come back against Tom Hale in the final. "I will not comment," he said.', 'Omar Haddad'],
  ].map(([name, text, last]) => [name, BEFORE + text, ['Omar Haddad', 'Omar Haddad', last]]))('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
