// A middle initial "A." or "I." is a word of the name, not the article or the pronoun (src/nlp/middle-initial.ts).
// Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a middle initial read as a word', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"A." after the verb', '“We waited a year,” said Julie A. Diaz, who chairs the group.', ['Julie A. Diaz']],
    ['"A." before the verb', 'The council met on Monday. Julie A. Diaz said the park was overdue.', ['Julie A. Diaz']],
    ['"I." after the verb', '“It is a start,” said Tom I. Kerr.', ['Tom I. Kerr']],
    ['after a dash, the name ending the paragraph', '“He was not ready. It was clear!” ― Julie A. Diaz Martinez.', ['Julie A. Diaz Martinez']],
    ['near-miss: a plan called "A" ends its sentence', 'The council chose Plan A. Tom Kerr said the park was overdue.', ['Tom Kerr']],
    ['near-miss: another initial stays as it was', 'The council met on Monday. Martin O. Hale said the plan was flawed.', ['Martin O. Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
