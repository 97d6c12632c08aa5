// A party's members in the plural are no person: "The Liberal Democrats accused …" made a person "Democrats" (the
// role word "Liberal" before it read as a title), and "the Lib Dems" a person "Lib Dems"; the prime minister or "he"
// in the next sentence was then taken for them (speakers/names.ts findNames, lexicon/roles.ts PARTY_PLURALS "dems").
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a party named by its members in the plural', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"the prime minister" after "The Liberal Democrats"', 'Tony Hale met voters in Leeds on Monday. The Liberal Democrats accused Mr Reyes of ducking the issue. Appearing at a launch, the prime minister said the plan was good.',
      ['the Liberal Democrats', 'Tony Hale']],
    ['"the prime minister" after "The Lib Dems"', 'Tony Hale met voters in Leeds on Monday. The Lib Dems accused Mr Reyes of ducking the issue. Appearing at a launch, the prime minister said the plan was good.',
      ['the Lib Dems', 'Tony Hale']],
    ['"the government" after "The Lib Dems" is no party', 'Ann Reyes spoke on Monday. The Lib Dems said the plan was poor. The government wanted to tackle this by moving to a culture where retirement ages were "increasingly consigned to the past".',
      ['the Lib Dems', 'the government']],
    ['near-miss: a leader named by the party\'s singular', 'Lib Dem leader Charles Okafor spoke on Monday. The Lib Dem leader said the tax was unfair.',
      ['Charles Okafor']],
    ['near-miss: a surname ending in s', 'Tony Hale met voters in Leeds on Monday. Labour MP Ann Williams said the plan was good.',
      ['Ann Williams']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
