// Bodies in the plural name someone who can speak, as the singular does: "the unions announced a strike" as "the union
// announced a strike" (src/extract/phrases.ts namesSomeone); sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('a body in the plural as the one who makes something known', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['unions', 'The unions announced a national strike.', [['a national strike', 'the unions', 'frame-statement']]],
    ['agencies, with a frame', 'Two agencies warned residents to stay indoors.', [['residents to stay indoors', 'Two agencies', 'frame-object-to']]],
    ['near-miss: a thing in the plural', 'The floods claimed the village.', []],
    ['near-miss: the singular as before', 'The union announced a national strike.', [['a national strike', 'the union', 'frame-statement']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
