// A bare description of an office is not someone the story already took for the holder of another office
// (speakers/description-fits.ts heldOtherOffice): after "The chancellor said …" went to Tom Hale, "the prime
// minister said" is someone else the story named, not Hale again because he is named most.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('one office for each person described', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the prime minister after the chancellor',
      'Tom Hale has made an appeal for unity. The chancellor said he would not be distracted. Mr Reyes earlier dismissed a claim as old news. Mr Hale said he had met Mr Reyes on Saturday. But the prime minister said he had discussed the claims with the chancellor.',
      ['Tom Hale', 'Tom Hale', 'Mr Reyes', 'Tom Hale', 'Mr Reyes']],
    // near-misses: the same office again is the same person; a party's leader may well be its prime minister
    ['the same office twice',
      'Tom Hale made an appeal for unity. The president said he would not be distracted. Mr Hale also said he had met voters. Later the president said the plan would go ahead.',
      ['Tom Hale', 'Tom Hale', 'Tom Hale', 'Tom Hale']],
    ['a leader, then the prime minister',
      'Tom Hale made an appeal for unity. The Labour leader said he would not be distracted. Mr Hale also said he had met voters. Later the prime minister said the plan would go ahead.',
      ['Tom Hale', 'Tom Hale', 'Tom Hale', 'Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
