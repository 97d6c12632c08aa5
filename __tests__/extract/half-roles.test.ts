// A quantity word or "back" joined by a hyphen to the word before it is a player's role, not a share of people (phrases.ts
// halfRole): "the fly-half said" is the player the story is about, not a group called "the fly-half".
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a role ending in a quantity word', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the fly-half is the player named before',
      'Tom Hale looks set to miss the tournament. Hadley’s record-breaking fly-half said last week he was hoping to recover.', ['Tom Hale']],
    ['the scrum-half is the player named before',
      'Tom Hale scored twice on Saturday. The Hadley scrum-half said the team was fit.', ['Tom Hale']],
    ['the full-back is the player named before',
      'And despite the results, skipper Tom Hale believes the mood is good. "There is no lack of confidence," said the Hadley full-back.', ['Tom Hale']],
    // near-misses: a share whose first part is a number is still a share of people
    ['two-thirds of voters are a share',
      'Tom Hale lost the vote on Monday. Two-thirds of voters said they wanted a new mayor.', ['Two-thirds of voters']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
