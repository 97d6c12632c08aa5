// A writing whose author is named after it speaks for that author (author-after.ts): "according to a Twitter post
// by Ann Reyes" is Ann Reyes's, not Twitter's; "according to the report by the Hadley Institute" the institute's.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('the author after a writing', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a post by a person', 'The fire spread fast. According to a Facebook post by Ann Reyes, the doors were locked.', ['Ann Reyes']],
    ['a post by a person with her role after', 'The fire spread fast. According to a Twitter post by Ann Reyes, a nurse at the clinic, the doors were locked.', ['Ann Reyes']],
    ['a report by a body', 'The mayor resigned. According to the report by Hadley News Agency, he left on Monday.', ['Hadley News Agency']],
    // near-misses: what follows "by" names no one, or a comma ends the source
    ['a poll by phone speaks for itself', 'The vote is close. According to a poll by phone, most voters back the plan.', ['a poll']],
    ['a report due by a date', 'The bridge is shut. According to the report by Friday, repairs will take a year.', ['the report']],
    ['a writing with its author before', 'The fire spread fast. According to a Northwind statement, the doors were locked.', ['Northwind']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
