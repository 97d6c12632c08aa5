// "according to" that says how a thing is done names no source (src/extract/quotes/manner-according.ts);
// sentences written for these tests, with near-misses that stay sources.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('"according to" of manner is no report', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a rule', 'Seats are allocated according to the rules of the contest.', []],
    ['a bare noun the tagger reads as a verb', 'Fees are charged according to income.', []],
    ['a possessive before what they intend', 'Voters are put in five groups according to their last known voting intention.', []],
    ['… and the report after it keeps its own speaker', 'Things went according to plan, the coach said.', [['Things went according to plan', 'the coach']]],
    ['near-miss: set off by a comma', 'Prices rose 5%, according to the bakers.', [['Prices rose 5%', 'the bakers']]],
    ['near-miss: a record', 'Prices rose 5% according to figures from the bank.', [['Prices rose 5%', 'figures from the bank']]],
    ['near-miss: a name after the record', 'Ms Lee leads by 27 votes according to a count by the Hadley Gazette.', [['Ms Lee leads by 27 votes', 'a count']]],
    ['near-miss: people', 'Prices will rise according to people close to the talks.', [['Prices will rise', 'people']]],
    ['near-miss: someone’s account', 'The talks collapsed according to her account.', [['The talks collapsed', 'her account']]],
    ['near-miss: camera footage', 'The van was driving on the wrong side of the road according to traffic camera footage.',
      [['The van was driving on the wrong side of the road', 'traffic camera footage']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})

// reported.ts: an "according to" phrase that opens a sentence is no reported clause of the verb after it
describe('"according to" before a subject and its verb', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['the source phrase is not what the subject said', 'The Hadley Post said a laptop was found. According to the Post, adviser Tom Hale told them of it.',
      [['a laptop was found', 'The Hadley Post'], ['adviser Tom Hale told them of it', 'the Post']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
