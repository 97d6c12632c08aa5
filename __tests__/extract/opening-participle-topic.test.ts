// An opening participle of describing names what the main clause's words are about, not words of its own
// (opening-report.ts topicOfMainReport): "Describing the first rehearsal, she said: …" reports after "said" only.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('an opening participle of describing before a verb of saying', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['describing, then said and a colon', 'Tom Hale came back. Describing the first rehearsal in the old hall, Mr Hale said: "It was wonderful."',
      [['"It was wonderful."', 'Tom Hale']]],
    ['explaining, then said and a clause', 'Describing the old plant, Ruth Okafor said it had been cold for years.',
      [['it had been cold for years', 'Ruth Okafor']]],
    ['near-miss: announcing keeps what was announced', 'When announcing the closure on Monday, Ruth Okafor called on parents to stay calm.',
      [['the closure on Monday', 'Ruth Okafor'], ['parents to stay calm', 'Ruth Okafor']]],
    ['near-miss: noting a clause keeps it', 'Noting that the plan had failed, Ruth Okafor called for a vote.',
      [['that the plan had failed', 'Ruth Okafor'], ['a vote', 'Ruth Okafor']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
