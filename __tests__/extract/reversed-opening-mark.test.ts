// A closing mark typed where the opening one belongs, after an invisible mark of text direction (marks.ts):
// sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a ” that opens a quote after a mark of text direction', () => {
  test('left-to-right embedding before the mark', () => {
    expect(quotes('The post drew many replies.\n\n\u202a”Sorry Tom, you should have said no, because I know you can do it!!” wrote one reader.'))
      .toEqual([['direct', '”Sorry Tom, you should have said no, because I know you can do it!!”', 'one reader']])
  })

  test('near-miss: a ” after a word still closes', () => {
    expect(quotes('“We need the pier open,” Ann Ruiz said\u202a” and soon.”')).toEqual([['direct', '“We need the pier open,”', 'Ann Ruiz']])
  })
})
