// A part of the day after a day is a word of the date (nlp/part-of-day.ts), and a date after an inverted verb is no
// speaker (quotes/bare-inversion.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a part of the day after a day', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['"Tuesday night" before the clause', 'Mr. Hale said Tuesday night he would run again.', [['he would run again', 'Mr Hale', 'cue-clause']]],
    ['"last night" before "that"', 'Ms. Lee said last night that the vote was rigged.', [['that the vote was rigged', 'Ms Lee', 'cue-clause']]],
    ['"Friday afternoon" after the speaker', 'The plan is an insult, city lawmakers said Friday afternoon.', [['The plan is an insult', 'city lawmakers', 'clause-before-cue']]],
    ['a day alone after the speaker', 'The plan is an insult, top city lawmakers said Friday.', [['The plan is an insult', 'top city lawmakers', 'clause-before-cue']]],
    ['near-miss: an inversion with a name keeps its speaker', 'Prices will rise next year said Omar Haddad.', [['Prices will rise next year', 'Omar Haddad', 'clause-before-cue']]],
    ['near-miss: "night" inside a noun phrase', 'The Friday night lights drew a crowd, Ms. Lee said.', [['The Friday night lights drew a crowd', 'Ms Lee', 'clause-before-cue']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
