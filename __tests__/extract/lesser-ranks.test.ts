// A deputy is not the office: "the governor" never means "Deputy Governor Tom Hale" (description-fits.ts titleFits).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('lesser ranks of an office', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the governor is not the deputy governor', 'Deputy Governor Tom Hale said 68 people were missing. Rescuers worked through the night. The governor has promised each family a payout.',
      ['Tom Hale', 'The governor']],
    ['the president is not the vice president', 'Vice President Ann Lee said the talks went well. Officials flew home on Monday. The president told reporters the deal was close.',
      ['Ann Lee', 'The president']],
    ['near-miss: "the deputy governor" is the deputy governor', 'Deputy Governor Tom Hale said 68 people were missing. Rescuers worked through the night. The deputy governor has promised each family a payout.',
      ['Tom Hale', 'Tom Hale']],
    ['near-miss: the governor with no rank before it', 'Governor Tom Hale said 68 people were missing. Rescuers worked through the night. The governor has promised each family a payout.',
      ['Tom Hale', 'Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
