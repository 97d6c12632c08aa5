// People described by a gerund and its object speak, not the object (quotes/speaker-phrase.ts afterDescribingGerund):
// "State lawmakers backing the bill argued …" is the lawmakers', not the bill's.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a gerund with its object after the people it describes', () => {
  test.each<[string, string, Array<string | null>]>([
    ['legislators backing a law', 'The vote was close. Legislators supporting the law argued it was needed to stop fraud.', ['Legislators supporting the law']],
    ['residents opposing a plan', 'The vote was close. Residents opposing the plan said it would cost too much.', ['Residents opposing the plan']],
    // near-misses: a gerund that is the clause's own verb; a gerund set off by commas leaves the name alone
    ['a gerund as the verb before the speaker', 'The vote was close. Officials are reviewing the plan, Mayor Tom Hale said.', ['Tom Hale']],
    ['a name with a gerund aside', 'The vote was close. Tom Hale, defending the decision, said it was fair.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
