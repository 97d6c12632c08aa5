// A quote with its own verb of saying after it stays the quoted words when the writer's words before it make a
// clause of their own (index.ts leadInClause): sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('a lead-in clause before a quote with its own verb of saying', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['a colon', 'In her speech, Ann Ruiz praised the need for courage and drive: “Change the town and when you have done that, change it again,” she said.',
      [['indirect', 'the need for courage and drive', 'Ann Ruiz'], ['direct', '“Change the town and when you have done that, change it again,”', 'Ann Ruiz']]],
    ['a dash', 'Mayor Tom Hale said the plan was unserious - “Again, we need to see the numbers,” he said - and left.',
      [['indirect', 'the plan was unserious', 'Tom Hale'], ['direct', '“Again, we need to see the numbers,”', 'Tom Hale']]],
    ['a verb of saying and a comma', 'After the vote, Mayor Tom Hale warned, “If they play that card, it will be fair game,” Hale told the Gazette.',
      [['direct', '“If they play that card, it will be fair game,”', 'Tom Hale']]],
    ['near-miss: a sentence the quote closes is one mixed quote', 'The budget vote was “a crushing defeat for this government,” Mr. Tom Hale told the House.',
      [['mixed', 'The budget vote was “a crushing defeat for this government,”', 'Tom Hale']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
