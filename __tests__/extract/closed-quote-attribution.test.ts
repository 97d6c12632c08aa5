// A quote that ends its own sentence takes the speaker after it only when the attribution is all that follows
// (phrases.ts endsAttribution); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a verb after a closed quote with an object of its own is a new sentence', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a count of time as the object', 'Ann Lee spoke first. “We lost a lot.” Tom Hale also lamented two years in which the firm had been hit by strikes.',
      [['“We lost a lot.”', 'Ann Lee']]],
    ['near-miss: a count of time before "ago" says when', '“We lost a lot.” Tom Hale said two days ago.', [['“We lost a lot.”', 'Tom Hale']]],
    ['near-miss: a day says when', '“We lost a lot.” Tom Hale said on Monday.', [['“We lost a lot.”', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

// direct.ts agentAfterParticiple
describe('the agent of a verb of saying in the passive says the words', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a thing described by someone', 'Also taken was a ring bought as a gift described by Ann Lee as "one of a kind".', [['"one of a kind"', 'Ann Lee']]],
    ['… with its verb in the passive', 'The deal was described by Tom Hale as a "historic" step.', [['"historic"', 'Tom Hale']]],
    ['… a group', 'The plan, described by critics as "reckless", was dropped.', [['"reckless"', 'critics']]],
    ['near-miss: a verb in the past with its subject, "by" saying how', 'Mr Hale announced by video link to the council: "We will rebuild."',
      [['"We will rebuild."', 'Mr Hale']]],
    ['near-miss: "by" and a date', 'The plan was described by Monday as "dead", Ann Lee said.', [['The plan was described by Monday as "dead"', 'Ann Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
