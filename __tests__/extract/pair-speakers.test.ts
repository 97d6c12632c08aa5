// Two people joined by "and" speak together: a surname compromise reads as a place after an honorific
// (src/nlp/honorific-surname.ts), and a pair named after the verb (speaker-phrase.ts withPartnerAfter).
// Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('two people as one speaker', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a surname read as a place, before the verb', '“We waited a year,” Ms Lee and Mr Park said.',
      [['“We waited a year,”', 'Ms Lee and Mr Park']]],
    ['another place word, in reported speech', 'Dr Hale and Ms Hill said the rents were too high.',
      [['the rents were too high', 'Dr Hale and Ms Hill']]],
    ['a surname read as a body', '“It is over,” Ms Lee and Mr Church said.', [['“It is over,”', 'Ms Lee and Mr Church']]],
    ['the pair after the verb', '“We waited a day,” said Ms Lee and Mr Park.', [['“We waited a day,”', 'Ms Lee and Mr Park']]],
    ['the pair after the verb, then a clause about them', '“We waited an hour,” said Jane Lee and Tom Kim, who run the group.',
      [['“We waited an hour,”', 'Jane Lee and Tom Kim']]],
    ['near-miss: a thing after "and" is no partner', '“We waited a week,” said Ms Lee and the council.',
      [['“We waited a week,”', 'Ms Lee']]],
    ['near-miss: a place after the honorific’s surname keeps its own words', '“We waited,” Mr Hill said at Central Park.',
      [['“We waited,”', 'Mr Hill']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
