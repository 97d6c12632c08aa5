// After a quote that closes its own sentence, "Name said Wednesday she wants …" is a new report, not the quote's
// attribution (phrases.ts endsAttribution: a day, then a clause of its own); and a pronoun with an adverb set off by
// commas still opens a clause ("said she, too, wants …", phrases.ts startsClause). Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a day, then a clause, after a verb that follows a closed quote', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a day, then a pronoun and its verb', 'Chief Tom Hale said that “trust in the police is broken.” Gov. Ana Ruiz said Wednesday she wants an inquiry.',
      [['that “trust in the police is broken.”', 'Tom Hale', 'cue-clause'], ['she wants an inquiry', 'Ana Ruiz', 'cue-clause']]],
    ['"on" and a day, then a noun and its verb', 'Chief Tom Hale said that “trust in the police is broken.” Gov. Ana Ruiz said on Wednesday the state wants an inquiry.',
      [['that “trust in the police is broken.”', 'Tom Hale', 'cue-clause'], ['the state wants an inquiry', 'Ana Ruiz', 'cue-clause']]],
    ['near-miss: a day alone ends the attribution', '“We will win.” Ms. Lee said Wednesday.', [['“We will win.”', 'Ms Lee', 'quote-marks']]],
    ['near-miss: a day and a phrase of how', '“We will win.” Ms. Lee said on Friday in a statement.', [['“We will win.”', 'Ms Lee', 'quote-marks']]],
    ['near-miss: a day and a clause of time', '“We will win,” Ms. Lee said Wednesday night as the crowd cheered.', [['“We will win,”', 'Ms Lee', 'quote-marks']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

describe('a pronoun, an adverb set off by commas, a verb', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"too"', 'Gov. Ana Ruiz said she, too, wants an inquiry.', [['she, too, wants an inquiry', 'Ana Ruiz', 'cue-clause']]],
    ['"however"', 'Gov. Ana Ruiz said she, however, was tired of waiting.', [['she, however, was tired of waiting', 'Ana Ruiz', 'cue-clause']]],
    ['near-miss: no verb after the aside', 'Gov. Ana Ruiz said it, too, in her speech.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
