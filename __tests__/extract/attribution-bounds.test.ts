// Where the words after a quote stop being its attribution (phrases.ts endsAttribution, direct.ts trailingAttribution):
// sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])
type Row = [string, string, Array<[string, string, string | null]>]
const table = (rows: Row[]) => test.each<Row>(rows)('%s', (_name, text, expected) => {
  expect(quotes(text)).toEqual(expected)
})

describe('a gerund that heads a clause after the verb reports that clause', () => {
  table([
    ['after a quote that ended its sentence',
      'Mr Lund spoke to the press. "We have the numbers." Mr Lund said voting for the plan meant higher taxes.',
      [['direct', '"We have the numbers."', 'Mr Lund'], ['indirect', 'voting for the plan meant higher taxes', 'Mr Lund']]],
    ['with no quote before it', 'Ms Ruiz said closing the depot was a mistake.',
      [['indirect', 'closing the depot was a mistake', 'Ms Ruiz']]],
    ['near-miss: a gerund with no verb of its own says how it was said', '"It is over," Ms Ruiz said leaving the court.',
      [['direct', '"It is over,"', 'Ms Ruiz']]],
    ['near-miss: a gerund and a place', '"It is over," Ms Ruiz said speaking at the rally.',
      [['direct', '"It is over,"', 'Ms Ruiz']]],
    ['near-miss: a gerund and its particle, read as a verb, on the speaker after the verb',
      '"It is not right," wrote a user from Leeds going by the name Kestrel.',
      [['direct', '"It is not right,"', 'a user from Leeds']]],
  ])
})

describe('an aside after a quote ends with its sentence', () => {
  table([
    ['no comma closes the phrase after the quoted word: the next sentence\'s verb is not its cue',
      'Elsewhere, Acme said it had an "exceptional" year in South America, beating its rivals in sales. Acme added that costs were rising.',
      [['mixed', 'it had an "exceptional" year in South America, beating its rivals in sales', 'Acme'], ['indirect', 'that costs were rising', 'Acme']]],
    ['near-miss: an aside closed by its comma', '"We will win," Mark Lund, the party leader, said.',
      [['direct', '"We will win,"', 'Mark Lund']]],
  ])
})

describe('one word after a subordinator and a comma opens a phrase, not a clause', () => {
  table([
    ['"Before now," then the speaker set off by commas',
      'Before now, Mr Lund said, it has been hard for farmers to sell their crops.',
      [['indirect', 'it has been hard for farmers to sell their crops', 'Mr Lund']]],
    ['"Since then," the same', 'Since then, Ms Ruiz said, the clinic has been full.',
      [['indirect', 'the clinic has been full', 'Ms Ruiz']]],
    ['near-miss: a participle after the subordinator is a clause of its own', 'Once elected, Ms Ruiz said she would cut taxes.',
      [['indirect', 'she would cut taxes', 'Ms Ruiz']]],
    ['near-miss: a subject and its aside after the subordinator',
      'While Hale, the senator from Avon, has raised record sums, his rivals have said he should help others.',
      [['indirect', 'he should help others', 'his rivals']]],
    ['near-miss: a subordinate clause before its comma', 'Before the vote began, Mr Lund said the count was fair.',
      [['indirect', 'the count was fair', 'Mr Lund']]],
  ])
})
