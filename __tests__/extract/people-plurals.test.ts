// A people named by the plural of its land's adjective is a group, though the tagger reads the word as a place
// (speaker-phrases.ts peoplePlural): "The Azerbaijanis state …" is no person called Azerbaijanis, whom a later
// "the president of Hadleyland" could then be.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a people in the plural', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the Azerbaijanis are a group, and no president',
      'The conflict began with claims from both sides. The Azerbaijanis state they were responding to aggression. The president of Hadleyland vowed support for Azerbaijan.',
      ['the Azerbaijanis', 'The president of Hadleyland']],
    // near-misses: a people the tagger knows; a person whose surname ends so
    ['the Israelis', 'Talks resumed on Monday. The Israelis said they wanted a deal.', ['the Israelis']],
    ['a surname ending in -is', 'Talks resumed on Monday. Ann Francis said she wanted a deal. Francis said she would wait.', ['Ann Francis', 'Ann Francis']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
