// Quoted words deep in a sentence belong to the nearest clause that holds them (nearer-clause.ts), and quoted words
// inside a "that" clause are someone's words even when they look like a label (that-clause.ts). Sentences written
// for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker, q.cue?.text ?? null])

type Row = [string, string, Array<[string, string, string | null, string | null]>]

/** One table: each sentence and the quotes (type, text, speaker, cue) it must give. */
function table(title: string, rows: Row[]) {
  describe(title, () => {
    test.each<Row>(rows)('%s', (_name, text, expected) => {
      expect(quotes(text)).toEqual(expected)
    })
  })
}

table('the nearest clause that holds quoted words', [
  ['a subordinate clause whose "she" is the subject', 'Mayor Ann Ruiz backed the budget, although she made it clear she has “grave doubts” about parking.',
    [['mixed', 'it clear she has “grave doubts” about parking', 'Ann Ruiz', 'made']]],
  ['a second verb of the same subject, past its particle', 'Mayor Ann Ruiz opened the park and spoke about how the town had been “starved of green space” for decades.',
    [['mixed', 'how the town had been “starved of green space” for decades', 'Ann Ruiz', 'spoke']]],
  ['a participle after "before"', 'Mayor Ann Ruiz toured the depot before claiming the fleet was “falling apart” at every level.',
    [['mixed', 'the fleet was “falling apart” at every level', 'Ann Ruiz', 'claiming']]],
  ['near-miss: a clause that closes before the quoted words', 'Mayor Ann Ruiz opposed the bill, which passed in May, as “cruel” and costly.',
    [['mixed', 'the bill, which passed in May, as “cruel” and costly', 'Ann Ruiz', 'opposed']]],
  ['near-miss: a participle inside a noun phrase', 'Mayor Ann Ruiz criticised the law signed in May as “cruel” and costly.',
    [['mixed', 'the law signed in May as “cruel” and costly', 'Ann Ruiz', 'criticised']]],
  ['near-miss: "by" and a gerund say how, not what', 'Mayor Ann Ruiz wants the bridge rebuilt, specifically by having “steel arches” over the river.',
    [['mixed', 'the bridge rebuilt, specifically by having “steel arches” over the river', 'Ann Ruiz', 'wants']]],
  ['near-miss: the nearer clause’s own subject is a thing', 'Tom Hale smoked and liked his beer, but the coroner’s report would later classify him as a "casual" user.', []],
  ['near-miss: a plural noun the tagger may read as a verb', 'After he mocked the film “Tides“ and the Larkin books for being too “gloomy,” Pastor Tom Hale turned to the scouts.',
    [['mixed', 'the film “Tides“ and the Larkin books for being too', 'Tom Hale', 'mocked']]],
])

table('quoted words inside a "that" clause', [
  ['after a possessive', 'Water experts have speculated that the plant might boost its “output” through other means.',
    [['mixed', 'that the plant might boost its “output” through other means', 'Water experts', 'speculated']]],
  ['after a participle', 'Tom Hale told reporters on Monday after hinting that “big changes” could come.',
    [['mixed', 'that “big changes” could come', 'Tom Hale', 'hinting']]],
  ['near-miss: before a noun they still name a kind of it', 'The firm disclosed in its report that it had received $3 million in “risk relief” payments from the city.', []],
  ['near-miss: after a noun that says nothing', 'A call to the office would have resulted in the answer that the “pump” was a flashlight.', []],
  ['near-miss: "that" as a relative word', 'The council saved the plan that “rescued” the town.', []],
])

table('quoted words after "VERB someone as"', [
  ['a person pounding someone as a label', 'Ms Ann Lee has been pounding the mayor as a “con artist” all week.',
    [['mixed', 'pounding the mayor as a “con artist” all week', 'Ann Lee', 'been']]],
  ['a share of claims rated as a verdict', 'Ms Ann Lee rated 30% of his claims as “false” last year.',
    [['mixed', '30% of his claims as “false” last year', 'Ann Lee', 'rated']]],
  ['near-miss: a thing, not a person, classifies', 'The coroner’s report would later classify him as a "casual" user.', []],
  ['near-miss: a name nobody gave', 'The fund, known as the “rainy day” account, grew.', []],
  ['near-miss: "such as"', 'Tom Hale bought tools such as the “super drill” from the shop.', []],
  ['near-miss: a verb with no object before "as"', 'Tom Hale acted as a “fixer” for the team.', []],
])
