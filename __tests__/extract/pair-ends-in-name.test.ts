// Two people joined by "and" speak together only when the first part ends in its name (quotes/speaker-phrase.ts
// coordinated): in "The Hawks beat Rovers with a late Tom Okafor strike and Reyes said …" Reyes speaks alone; the
// strike is the first clause's object, whoever it is named after.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name after "and" following an object with a name inside', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a strike named after a player is no speaker',
      'Rafael Reyes manages the Hawks. The Hawks beat Rovers 3-1 with a late Tom Okafor strike and Reyes said: “It was a great night.”', ['Rafael Reyes']],
    // near-misses: two names joined by "and" are a pair
    ['two full names',
      'Rafael Reyes manages the Hawks. Tom Okafor and Jane Albury said they were pleased.', ['Tom Okafor and Jane Albury']],
    ['two honorifics',
      'Rafael Reyes manages the Hawks. Dr Okafor and Prof Albury said they were pleased.', ['Dr Okafor and Prof Albury']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
