// A subject described by a clause with no "who" or "that" before the reporting verb: the subject is the phrase the
// clause follows, not the clause's pronoun (src/extract/quotes/contact-clause.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('contact clauses after a subject', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a pronoun, "have" and a preposition', 'Several people I have spoken with said the plan would fail.', [['the plan would fail', 'Several people']]],
    ['a name and a verb of asking', 'Some of the protesters the Gazette interviewed said the plan would fail.', [['the plan would fail', 'Some of the protesters']]],
    ['a name, "spoke" and its particle', 'Voters Reuters spoke to said the plan would fail.', [['the plan would fail', 'Voters']]],
    ['near-miss: a name whose verb asks nothing', 'The protesters Hadley Radio filmed said the plan would fail.', [['the plan would fail', 'The protesters Hadley Radio']]],
    ['a contraction', 'Several nurses I’ve spoken to said the ward was short of staff.', [['the ward was short of staff', 'Several nurses']]],
    ['a number of people', 'Two officials we talked to said the bridge was unsafe.', [['the bridge was unsafe', 'Two officials']]],
    ['a place after the clause’s verb', 'The voters I met in Ohio say the mill must stay open.', [['the mill must stay open', 'The voters']]],
    ['a share of people after a comma', 'Still, most of the farmers she visited said prices were too low.', [['prices were too low', 'most of the farmers']]],
    ['a verb in -s after "he"', 'The council he leads said fees would rise.', [['fees would rise', 'The council']]],
    ['near-miss: the phrase before the pronoun is a verb’s object', 'Ms Lee told reporters he regretted saying the plan would fail.',
      [['he regretted saying the plan would fail', 'Ms Lee']]],
    ['near-miss: the pronoun is the subject itself', 'After the vote they said the plan would fail.', [['the plan would fail', 'they']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
