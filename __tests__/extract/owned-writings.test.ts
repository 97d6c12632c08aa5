// A schedule speaks for whose it is, and the news for itself (documents.ts, non-person-heads.ts): never the person
// the story named last.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('schedules and the news', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a schedule speaks for its owner', 'Tom Hale spoke first. Accounts are due in May, according to Northwind’s schedule.', ['Northwind']],
    ['a schedule with no owner speaks for itself', 'Tom Hale spoke first. Accounts are due in May, according to the schedule.', ['the schedule']],
    ['the news is no person', 'Prices rose sharply, Tom Hale said. "It is bad," he added. According to local news, schools closed.',
      ['Tom Hale', 'Tom Hale', 'local news']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
