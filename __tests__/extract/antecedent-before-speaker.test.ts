// Before a verb whose clause lacks its subject, a singular article's noun, then a plural: the plural speaks, the noun
// is what they speak of (reported.ts afterSingularAntecedent): "In a move ministers say will save money" → ministers.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('the speaker after the thing its clause describes', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a plural after "a move"', 'In a move ministers say will save money, the plan was changed.', ['ministers']],
    ['another noun', 'In a decision residents say will hurt the town, the council cut the budget.', ['residents']],
    ['near-miss: a pronoun speaks as before', 'Tom Hale spoke. It is a shortage he says has left the clinics without staff.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
