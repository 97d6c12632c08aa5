// After a quote that ends its sentence, a verb of saying before a comma and quote marks introduces the next quote,
// not the one before (direct.ts trailingAttribution): sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a verb between two quotes, before a comma and quote marks', () => {
  test('it is the second quote’s; the first keeps its own clause', () => {
    expect(quotes('Mayor Tom Hale spoke on Monday. He says he respects the judge and calls her “a fair and careful woman with a long record.” He adds, “In a trial, things get heated.”'))
      .toEqual([
        ['indirect', 'he respects the judge', 'Tom Hale'],
        ['mixed', 'her “a fair and careful woman with a long record.”', 'Tom Hale'],
        ['direct', '“In a trial, things get heated.”', 'Tom Hale'],
      ])
  })

  test('near-miss: with nothing after it, the verb is the quote’s before it', () => {
    expect(quotes('“We will appeal the ruling.” Ann Ruiz added, smiling.')).toEqual([['direct', '“We will appeal the ruling.”', 'Ann Ruiz']])
  })
})
