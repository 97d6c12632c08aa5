// "the aid agency" is no body whose name has another noun before "agency" (speakers/descriptions.ts sameKind): after
// "told the Reuters news agency", the aid agency is the one that told. Sentences written for this test.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a noun before the head of a body description', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['another kind of agency', 'The Hadley Relief Fund told the Reuters news agency that it was seeking $6.5m. "Disease is the worst of it," the aid agency said.',
      [['that it was seeking $6.5m', 'the Hadley Relief Fund'], ['"Disease is the worst of it,"', 'the Hadley Relief Fund']]],
    ['near-miss: the same noun before the head', 'The Hadley Water Agency said prices would rise. "We had no choice," the water agency said.',
      [['prices would rise', 'the Hadley Water Agency'], ['"We had no choice,"', 'the Hadley Water Agency']]],
    ['near-miss: no noun before the head', 'The Hadley Water Agency said prices would rise. "We had no choice," the agency said.',
      [['prices would rise', 'the Hadley Water Agency'], ['"We had no choice,"', 'the Hadley Water Agency']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
