// Quoted words after an article, a possessive or "and", with no punctuation after them, describe the noun that
// follows and do not make it their speaker (direct.ts trailingAttribution); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.explain?.found])

describe('quoted words before the noun they describe', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['after an article', 'He said the "reckless" senator attacked the plan.', [['the "reckless" senator attacked the plan', 'cue-clause']]],
    ['after "and"', 'He said the "reckless" and "petty" senator attacked the plan.', [['the "reckless" and "petty" senator attacked the plan', 'cue-clause']]],
    ['with no verb of saying', 'The group rolled out a "Party of Greed" campaign, the director posted.', [['The group rolled out a "Party of Greed" campaign', 'clause-before-cue']]],
    ['near-miss: a quote that opens the sentence', '"We will win" Ms Lee said.', [['"We will win"', 'quote-marks']]],
    ['near-miss: a comma inside the marks', 'It was, in the mayor\'s "humble opinion," Ms Lee said, a mistake.', [['It was, in the mayor\'s "humble opinion,"', 'quote-marks']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
