// A verb of saying whose words are an answer or a word for what was said before: "46 percent said yes", "half said
// so", "a third said the same of Mr Hale" (src/extract/quotes/answer-report.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('an answer as the words reported', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['yes, before a comma', 'Asked whether the bridge was safe, 46 percent of residents said yes, compared with 30 percent last year.',
      [['whether the bridge was safe', null, 'frame-question'], ['yes', '46 percent of residents', 'answer-report']]],
    ['so', 'Six in 10 residents back the plan; last spring, half said so.', [['so', 'half', 'answer-report']]],
    ['the same, with what it is said of', 'Most voters trust Ms Lee, and a third said the same of Tom Hale.', [['the same of Tom Hale', 'a third', 'answer-report']]],
    ['no, before a comparison', 'Most residents said yes, while 20 percent said no.', [['yes', 'residents', 'answer-report'], ['no', '20 percent', 'answer-report']]],
    ['as much, after a verb of granting', 'Her top aides acknowledged as much.', [['as much', 'Her top aides', 'answer-report']]],
    ['the opposite', 'Only a year ago Jane Albury was saying the opposite.', [['the opposite', 'Jane Albury', 'answer-report']]],
    ['near-miss: "so" that opens words of its own', 'Jane Albury said so many times.', []],
    ['near-miss: "no" as the subject of a clause', 'Jane Albury said no one was hurt.', [['no one was hurt', 'Jane Albury', 'cue-clause']]],
    ['near-miss: "as much" after a verb that grants nothing', 'Jane Albury spent as much.', []],
    ['near-miss: a verb that takes no answer', 'Jane Albury announced yes.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
