// What a speaker left out, reported by a negated "mention" (src/extract/quotes/negated-mention.ts); sentences
// written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a negated mention reports what the speech passed over', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['did not mention', 'The mayor did not mention the cost of the bridge.', [['the cost of the bridge', 'The mayor', 'negated-frame-statement']]],
    ['didn’t, a person by name', 'Ms. Lee didn’t mention Tom Hale by name.', [['Tom Hale by name', 'Ms Lee', 'negated-frame-statement']]],
    ['never, over "once"', 'Gov. Ana Ruiz never once mentioned the fire chief in her speech.', [['the fire chief in her speech', 'Ana Ruiz', 'negated-frame-statement']]],
    ['made no mention of', 'Sen. Tom Hale made no mention of the budget.', [['the budget', 'Tom Hale', 'negated-frame-statement']]],
    ['"that" and a clause', 'The mayor did not mention that the bridge was closed.', [['that the bridge was closed', 'The mayor', 'negated-cue-clause']]],
    ['near-miss: a passive, no one named who kept quiet', 'The tax was never mentioned by the mayor.', []],
    ['near-miss: a pronoun alone names nothing', 'The mayor did not mention it.', []],
    ['near-miss: another negated verb reports no words', 'The mayor did not say the bridge was safe.', []],
    ['near-miss: no mention made by anyone who speaks', 'The plan makes no specific mention of taxes.', []],
    ['near-miss: "no mention" with no verb of making', 'There was no mention of the budget.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
