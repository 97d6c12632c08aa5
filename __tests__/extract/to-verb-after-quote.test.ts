// After a quote that closed its sentence, "Name verb to + verb" is what the subject goes on to do, not the quote's
// attribution (phrases.ts endsAttribution): "“We won the deal.” Boeing continues to enjoy a lead" is no Boeing quote.
// "… said to reporters" still attributes. Sentences written for this test.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('"to" and a verb after the verb following a quote', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a verb of going on with an infinitive', 'Ms Lee spoke first. "We won the deal." Northwind continues to enjoy a lead over its rivals.',
      [['"We won the deal."', 'Ms Lee']]],
    ['near-miss: "to" and a listener', 'Ms Lee spoke first. "We won the deal," Northwind said to reporters.',
      [['"We won the deal,"', 'Northwind']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
