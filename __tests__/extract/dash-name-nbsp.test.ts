// A name after a dash that ends a quote names its speaker, whatever space follows the dash: a no-break space stays
// in the dash's word (src/extract/quotes/direct.ts trailingAttribution). Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a dash and a name after a quote', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a no-break space after the dash', 'We asked readers.\n\n“Nobody won the debate.” ―\u00a0Carl Dunn\n“It was a long night.” ―\u00a0Sara Blum\n',
      [['“Nobody won the debate.”', 'Carl Dunn'], ['“It was a long night.”', 'Sara Blum']]],
    ['a plain space, as before', 'We asked readers.\n\n“Nobody won the debate.” ― Carl Dunn\n', [['“Nobody won the debate.”', 'Carl Dunn']]],
    ['near-miss: a dash and a clause is no name', 'We asked readers.\n\n“Nobody won the debate.” ―\u00a0and nobody will.\n', [['“Nobody won the debate.”', null]]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
