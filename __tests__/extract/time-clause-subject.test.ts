// "after", "before", "since", "until" open a clause with a subject of its own: in "The crowd cheered after Mr Hale
// said …" Mr Hale speaks, not the crowd (src/extract/quotes/speaker-phrase.ts subjectEndingAt); sentences written
// for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.mention?.text ?? null])

describe('the subject of a verb of saying after a word of time', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a name after "after"', 'The crowd cheered after Mr Hale said the plan would fail.', [['the plan would fail', 'Mr Hale']]],
    ['a body after "after"', 'Shares fell after the company said profits would drop.', [['profits would drop', 'the company']]],
    ['"before"', 'Prices rose before the minister announced that the tax would go.', [['that the tax would go', 'the minister']]],
    ['"since"', 'Sales have slumped since Ms Lee warned that the factory would close.', [['that the factory would close', 'Ms Lee']]],
    ['near-miss: a participle and a phrase of time', 'Voters interviewed after the debate said the plan would fail.',
      [['the plan would fail', 'Voters']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
