// A report inside a contact clause: "a shift Ms Hale said could cost jobs" — the name says it, the thing before it
// is what the report is about (src/extract/quotes/contact-report.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a name after a thing, before a clause without a subject', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a modal after "said"', 'The union opposes a shift Ms Hale said could cost jobs.', [['could cost jobs', 'Ms Hale']]],
    ['a full name and "claims"', 'Farmers fear a levy Tom Okafor claims would raise prices.', [['would raise prices', 'Tom Okafor']]],
    ['a copula', 'The mayor defended the cuts Ms Lee says were unfair.', [['were unfair', 'Ms Lee']]],
    ['near-miss: a role before the name describes the speaker', 'Party chair Tom Hale said he would resign.', [['he would resign', 'Tom Hale']]],
    ['near-miss: a verb that needs "that" takes the thing as its object', 'The union opposes a shift Ms Hale posted would cost jobs.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
