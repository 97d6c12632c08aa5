// What was made known, as a phrase, goes on over the commas of a list: "announced new taxes, higher fees and a hiring
// freeze" (src/extract/quotes/reported.ts listEnd); sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('a list after a verb of making known', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a list with "and"', 'Ms Lee announced new taxes, higher fees and a hiring freeze.',
      [['new taxes, higher fees and a hiring freeze', 'Ms Lee']]],
    ['with a comma before "and"', 'Ms Lee announced new taxes, higher fees, and a hiring freeze on Monday.',
      [['new taxes, higher fees, and a hiring freeze on Monday', 'Ms Lee']]],
    ['what went unmentioned', 'The mayor made no mention of the port, the bridge or the new road.',
      [['the port, the bridge or the new road', 'The mayor']]],
    ['near-miss: a clause of its own after the comma', 'Ms Lee announced new taxes, and the council approved them.',
      [['new taxes', 'Ms Lee']]],
    ['near-miss: a description after the comma', 'Ms Lee announced new taxes, a move that angered the council.',
      [['new taxes', 'Ms Lee']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
