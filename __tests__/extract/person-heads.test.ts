// A bare description goes to the person the story keeps naming only when its head can be a person
// (speakers/person-heads.ts): "the veteran striker said" is the striker named before, but "Ms Lee's legal action
// alleges …" or "the airline database lists …" is nobody the story named, and stays as it is written.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a description whose head names no person', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a legal action is not the man it accuses',
      'Tom Hale is awaiting trial in Hadley. Ms Lee’s legal action, filed in the High Court, also accuses Mr Hale of negligence, alleging he “hit and restrained” her.',
      ['Ms Lee’s legal action', 'Ms Lee’s legal action']],
    ['a database is not the person named before',
      'Jane Albury said the airline was safe. The Hadley Aviation Centre’s database of carriers states the airline is owned by the army.',
      ['Jane Albury', 'the Hadley Aviation Centre’s database of carriers']],
    // near-misses: heads that are people go to the person the story keeps naming
    ['a striker is the player named before',
      'Tom Hale scored twice for Hadley on Saturday. The veteran striker said the team was fit again.', ['Tom Hale']],
    ['an age is the person named before',
      'Tom Hale was released on bail on Monday. The 64-year-old has denied the charges, saying it was an accident.', ['Tom Hale', 'Tom Hale']],
    ['a player by position is the player named before',
      'Tom Hale played in Rome last week. "It will not be a pretty game," said the lock forward.', ['Tom Hale']],
    ['a tycoon is the person named before',
      'Tom Hale bought the club in May. The tycoon said he would build a new stadium.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
