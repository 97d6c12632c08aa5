// A verb form between a possessive and an amount with its noun describes the noun (quotes/speaker-phrase.ts cueAt):
// in "The LSE rejected Acme Boerse’s proposed £1.3bn offer, saying …" Acme Boerse proposes nothing here, and
// "saying" is the LSE's. An acronym is not spelled by a person's name (speakers/bodies.ts spelledOutEarlier): "the
// FT" after "Jean-Francois Theodore" is no Francois Theodore.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a possessive before a described amount, and acronyms that persons do not spell', () => {
  test.each<[string, string, Array<string | null>]>([
    ['an amount between the participle and its noun',
      'Acme Boerse has made a bid for the LSE. The LSE rejected Acme Boerse’s proposed £1.3bn offer in December, saying it undervalued the business.',
      ['the LSE']],
    ['a hyphenated first name before the initials',
      'Acme chief Jean-Francois Theodore will meet his rival on Friday. According to the FT, Acme will adopt a charm offensive.', ['FT']],
    ['a first name before the initials',
      'Acme chief Francois Theodore will meet his rival on Friday. According to the FT, Acme will adopt a charm offensive.', ['FT']],
    // near-misses: "Hale’s" as "Hale has" before a clause; a body's name spelled out before its acronym
    ['a contraction before a clause', 'Tom Hale spoke on Monday. Hale’s announced 20 jobs would go.', ['Tom Hale']],
    ['a body spelled out before its acronym', 'Export Development Canada lent the money. EDC says the loan was safe.', ['Export Development Canada']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
