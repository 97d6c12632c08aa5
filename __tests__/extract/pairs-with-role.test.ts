// Two named people who act together are whom "they" means next (speakers/groups.ts findGroups), also with a role
// before the second name after a first that ends in its name ("Tom Hale and shadow chancellor Oliver Letwin") and
// a time between the pair and its verb ("… on Thursday launched", "… last week unveiled"); not a group named
// sentences before.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a pair of named people as whom "they" means', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a role before the second name and a time before the verb',
      'The Tories want lower taxes. Tom Hale and shadow chancellor Oliver Letwin last week unveiled a plan. They said it would cut waste.',
      ['Tom Hale and shadow chancellor Oliver Letwin']],
    ['a one-word role and a day',
      'The Tories want lower taxes. Tom Hale and frontbencher Jane Albury on Thursday launched new plans. They say the state spends too much.',
      ['Tom Hale and frontbencher Jane Albury']],
    // near-misses: a month that is a surname stays in the name; a pair with its verb right after it as before
    ['a surname that is a month',
      'The Tories want lower taxes. Tom Hale and Jane May unveiled a plan. They said it would cut waste.', ['Tom Hale and Jane May']],
    ['the group when no pair acts',
      'Tom Hale met the Tories on Monday. The Tories unveiled a plan. They said it would cut waste.', ['the Tories']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
