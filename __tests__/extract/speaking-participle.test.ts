// A participle of speaking between a subject and its verb, with no commas, is no part of the subject
// (src/extract/quotes/speaking-participle.ts); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('the name before a participle of speaking', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a title and a name, then the participle and its listener', 'On Tuesday, Greek prime minister Nikos Kalas speaking to the Harbour Council think tank called the deal "null and void".',
      ['Nikos Kalas']],
    ['a name, then where it was said', 'Jane Hale speaking on the radio said the plan would fail.', ['Jane Hale']],
    ['a group', 'Officials speaking on the radio said the plan would fail.', ['Officials']],
    ['near-miss: set off by commas, an aside', 'Jane Hale, speaking to reporters, called the plan "a disaster".', ['Jane Hale']],
    ['near-miss: a participle of another kind stays in the phrase', 'People living near the plant said the air was bad.', ['People living near the plant']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
