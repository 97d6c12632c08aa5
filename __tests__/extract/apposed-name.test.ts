// A description with the name set beside it after a comma is that person (src/extract/speakers/apposed-name.ts).
// Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name set beside a description', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a title and a name after the comma', 'The novel sold well. Ann Reyes wrote it in a year. The Bishop of Quillmore, the Rt Rev Paul Danner, described the novel as a thriller.',
      ['Paul Danner']],
    ['the name closes the sentence', 'The plans were a mistake, said the chairman of the schools committee, Labour MP Ann Reyes.',
      ['Ann Reyes']],
    ['a possessive description', 'The board met on Friday. “The plan is sound,” said its chairman, Sir Tom Hale.',
      ['Tom Hale']],
    ['near-miss: a clause after the comma', 'Ann Reyes chaired the meeting. The minister, who met Tom Hale on Monday, said the plans would go ahead.',
      ['Ann Reyes']],
    ['near-miss: a list after the comma', 'Ann Reyes chaired the meeting. The minister, Tom Hale and two aides said the plans would go ahead.',
      ['two aides']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a role the person’s title says they do not hold', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a striker is not the boss', 'Hadley striker Tom Hale has fallen out with manager Sam Okafor. The boss said Hale would not play again.',
      ['Sam Okafor']],
    ['an MP is not the prime minister', 'Labour MP Tom Hale spoke first. The prime minister said the plan would work.',
      ['The prime minister']],
    ['near-miss: the manager is the boss', 'Hadley manager Tom Hale spoke to reporters on Friday. The boss said the team was tired.',
      ['Tom Hale']],
    ['near-miss: a title of no known role is no conflict', 'Ann Reyes, star of the new film, arrived in Paris. The actress said she loved the city.',
      ['Ann Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
