// A name with an honorific the tagger reads as a plain noun ("Lord", "Dame"), set off by commas after a role, is who
// speaks (quotes/speaker-phrase.ts hasPerson): "The chief justice, Lord Hale, …, said" is Lord Hale's, not the
// role's, which then went to the person named last.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('an honorific name after a role', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a peer after a role and before a relative clause',
      'Tom Reyes retired in May. The chief justice, Lord Hale, who is the most senior judge in the land, said it was his finest work.', ['Lord Hale']],
    ['a peer after a party role',
      'Tom Reyes retired in May. The party chairman, Lord Woolf, said it was fine.', ['Lord Woolf']],
    // near-misses: an honorific before an office is the office's name, not a person's
    ['a person before an office that opens with an honorific',
      'Tom Reyes retired in May. Lord Falconer, the Lord Chancellor, said it was fine.', ['Lord Falconer']],
    ['an office that opens with an honorific before a person',
      'Tom Reyes retired in May. The Lord Chancellor, Lord Falconer, said it was fine.', ['Lord Falconer']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
