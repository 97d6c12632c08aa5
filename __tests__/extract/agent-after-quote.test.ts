// Quoted words after a passive verb of calling, with who said them after the closing mark (direct.ts
// passive-agent-after-quote): "The plan was branded “a disgrace” by Tom Hale" is Hale's.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('the agent after quoted words in the passive', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['called', 'The plan was called "a disgrace" by Tom Hale.', [['"a disgrace"', 'Tom Hale']]],
    ['described as', 'The bill was described as "reckless" by the union.', [['"reckless"', 'the union']]],
    ['described as a', 'Ruth Okafor was described as a "tireless campaigner" by her colleague and fellow councillor Tom Hale.',
      [['"tireless campaigner"', 'Tom Hale']]],
    ['labelled, in a relative clause', 'Hale, who was labelled "dangerous" by the police, was freed.', [['"dangerous"', 'the police']]],
    ['near-miss: the words end their sentence', 'The plan was called "a disgrace." By Tuesday it was gone.', []],
    ['near-miss: a body and a person', 'The plan was called "a disgrace" by the union and Tom Hale.', [['"a disgrace"', 'the union']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

test('near-miss: after another phrase the agent is the verb’s, not the words’', () => {
  const speakers = analyze('Ruth Okafor called it an error that was reported in a "smear job" by the Gazette.').quotes.map((q) => q.speaker)
  expect(speakers).not.toContain('the Gazette')
})
