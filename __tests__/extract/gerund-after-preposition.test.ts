// A verb of saying as a gerund after a preposition hangs on the clause's subject (quotes/speaker-phrase.ts
// subjectBefore): in "He closed the speech by saying “…”" he speaks, not "the speech by".
import { analyze } from '../../src/analyze'

// the speaker and the words that name them
const speakers = (text: string) => analyze(text).quotes.map((q) => [q.speaker, q.mention?.text ?? null])

describe('a gerund of saying after a preposition', () => {
  test.each<[string, string, Array<Array<string | null>>]>([
    ['by saying, after a pronoun subject',
      'Tom Aydin spoke in Ankara on Friday. He underlined the call for talks by saying “we are ready to take more steps”.', [['Tom Aydin', 'He']]],
    ['after warning, after a named subject',
      'Kemal Aydin spoke in Ankara on Friday. Jane Albury closed the meeting after warning “we will not pay”.', [['Jane Albury', 'Jane Albury']]],
    // near-miss: a document by someone still speaks for its author
    ['a report by a body is the body’s',
      'Kemal Aydin spoke in Ankara on Friday. A report by the Hadley Institute said the plan would fail.', [['the Hadley Institute', 'A report by the Hadley Institute']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
