// Words after a verb of saying and a colon, written with no quote marks, are what was said
// (src/extract/quotes/reported.ts afterColon); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a reported clause after a colon', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['after the verb', 'Tom Hale spoke in Hadley on Monday. In a speech last July, Mr Hale said: the plan is a cancer on the city.',
      [['the plan is a cancer on the city', 'Tom Hale']]],
    ['a capital after the colon', 'Tom Hale spoke in Hadley on Monday. Mr Hale wrote: The council has failed the town.',
      [['The council has failed the town', 'Tom Hale']]],
    ['a command', 'Tom Hale spoke in Hadley on Monday. Mr Hale said: Let nobody be fooled, the plan will fail.',
      [['Let nobody be fooled, the plan will fail', 'Tom Hale']]],
    ['over the listener', 'Jane Lee spoke in Hadley on Monday. Ms Lee told reporters: the road will stay closed.',
      [['the road will stay closed', 'Jane Lee']]],
    ['over a phrase of time', 'Jane Lee spoke in Hadley. Ms Lee said on Monday: the road will stay closed.',
      [['the road will stay closed', 'Jane Lee']]],
    ['near-miss: the colon after an object', 'Jane Lee spoke in Hadley. Ms Lee wrote two books: one on the war and one on the town.', []],
    ['near-miss: a list after the colon', 'Jane Lee spoke in Hadley. Ms Lee said: the road, the bridge and the port.', []],
    ['near-miss: a doubled attribution', 'Jane Lee spoke in Hadley. Ms Lee added: Ms Lee said: “The road will stay closed.”',
      [['“The road will stay closed.”', 'Jane Lee']]],
    ['a second colon inside the words said', 'Jane Lee spoke in Hadley. Ms Lee said: Two things matter: jobs and schools.',
      [['Two things matter: jobs and schools', 'Jane Lee']]],
    ['near-miss: words only imagined', 'Here is a sentence I never thought I’d write: the mayor understands money.', []],
    ['near-miss: quote marks after the colon are a direct quote', 'Jane Lee spoke in Hadley. Ms Lee said: “The road will stay closed.”',
      [['“The road will stay closed.”', 'Jane Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
