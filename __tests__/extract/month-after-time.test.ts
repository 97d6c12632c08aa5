// A month that is also a first name, right after a word of time, is the month, not the first word of a name:
// "Last June Hale was banned" names Hale (nlp/month-after-time.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a month read as a first name after a word of time', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"last" before the month, the surname of a man named before', 'Coach Tom Reyes says lock Danny Hale needs to review his actions. Last June Hale was banned for two months. "If I can step over it then I will," said Hale.',
      ['Danny Hale']],
    ['"since" before the month', 'Since April Okafor has said the plan would fail.',
      ['Okafor']],
    ['near-miss: a woman called June, told something', 'The vote was held in June. Hale told June Okafor the plan would fail. "It is over," June Okafor said.',
      ['Hale', 'June Okafor']],
    ['near-miss: a woman called April, after "and"', 'Ms Lee spoke to Tom Hale and April Reyes on Monday. April Reyes said the plan would fail.',
      ['April Reyes']],
    ['near-miss: "late" after an article is a person who died', 'The award is named after the late June Okafor. Tom Hale said it was deserved.',
      ['Tom Hale']],
    ['near-miss: "in" inside a sentence before a full name', 'Voters have confidence in May Reyes. "She will win," May Reyes said.',
      ['May Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
