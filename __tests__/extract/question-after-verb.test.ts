// What was made known as an indirect question, right after a verb of making known ("noted how …", "revealed why …",
// "recalled what …"): a frame of the verb (src/extract/lexicon/verb-frames.ts); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a question after a verb of making known', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['noted how', 'Ana Ruiz noted how glad she was to be back in Hadley.', [['how glad she was to be back in Hadley', 'Ana Ruiz', 'frame-question']]],
    ['revealed why', 'Tom Hale revealed why the bridge deal had collapsed.', [['why the bridge deal had collapsed', 'Tom Hale', 'frame-question']]],
    ['recalled what', 'Ana Ruiz recalled what it was like to grow up on the east side.', [['what it was like to grow up on the east side', 'Ana Ruiz', 'frame-question']]],
    ['mentioned how', 'Tom Hale mentioned how the fund had shrunk.', [['how the fund had shrunk', 'Tom Hale', 'frame-question']]],
    ['near-miss: a relative word inside the object, no listener', 'The Hale campaign announced new support from mothers who have lost children.',
      [['new support from mothers who have lost children', 'the Hale campaign', 'frame-statement']]],
    ['near-miss: a clause of time cut short', 'Tom Hale noted, when asked, that the fund was empty.', [['that the fund was empty', 'Tom Hale', 'cue-clause']]],
    ['near-miss: a condition cut short', 'Ana Ruiz revealed if elected she would close the depot.', []],
    ['near-miss: a clause of time, then what was said', 'Ana Ruiz noted when she spoke that the fund was empty.', []],
    ['near-miss: a product recall', 'The carmaker recalled two million cars.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
