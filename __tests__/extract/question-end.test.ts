// Where a question put to someone ends: a question word alone before the comma, and a question that runs over asides
// of its own to the comma before the answer's clause (src/extract/quotes/question-end.ts); sentences written for these
// tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.explain?.found])

describe('the end of a question put', () => {
  test.each<[string, string, Array<[string, string]>]>([
    ['a question word alone', 'When asked why, Ana Ruiz smiled.', [['why', 'frame-question']]],
    ['over an appositive and a relative clause', 'Asked whether he feared that Tom Hale, the front-runner, who has called the plan a hoax, could win the race, Mr Baker said no.',
      [['whether he feared that Tom Hale, the front-runner, who has called the plan a hoax, could win the race', 'frame-question'], ['no', 'answer-report']]],
    ['a passive question to the sentence end', 'The mayor was asked whether the bridge, which opened in May, was safe.',
      [['whether the bridge, which opened in May, was safe', 'frame-question']]],
    ['near-miss: the answer after an appositive of its subject', 'Asked about the plan, the mayor, a Democrat, smiled.', [['the plan', 'frame-prep']]],
    ['near-miss: a participle of the answer', 'Asked about the plan later, smiling, she left.', [['the plan later', 'frame-prep']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
