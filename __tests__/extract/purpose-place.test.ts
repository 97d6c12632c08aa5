// An infinitive of purpose after the subject's own verb, its phrase and a word of place, or after a verb of bringing up
// (src/extract/quotes/infinitive-report.ts purposeAfterObject); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('"to say" after a phrase and "here", or after "invoked" and "cited"', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a word of place', 'Ana Ruiz stood at a town meeting here to say she would run.', [['she would run', 'Ana Ruiz', 'cue-clause']]],
    ['invoked', 'Ana Ruiz invoked the 1980 race to claim the gap was not permanent.', [['the gap was not permanent', 'Ana Ruiz', 'cue-clause']]],
    ['cited', 'Ana Ruiz cited the figures to argue that the plan had failed.', [['that the plan had failed', 'Ana Ruiz', 'cue-clause']]],
    ['near-miss: a listener would say it', 'Ana Ruiz asked the court here to say the law was void.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
