// A body keeps its whole name over the small words inside it (name-joins.ts): "&", "and" in the domain after
// "of", and "on"/"of"/"for" after a capitalised head; a capitalised particle opens a name ("Al Jazeera").
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a body name goes on over its joining words', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"&" between capitals', 'Farm incomes are at risk from falling prices, the Food & Agriculture Organisation has warned.',
      ['the Food & Agriculture Organisation']],
    ['an owner in capitals is no part of the name', 'Farm incomes are at risk, the UN’s Food & Agriculture Organisation has warned.',
      ['Food & Agriculture Organisation']],
    ['"and" in the domain after "of"', 'The Hadley Department of Parks and Recreation declared the lake "unsafe for swimmers" on Monday.',
      ['the Hadley Department of Parks and Recreation']],
    ['a body named in full before its kind', 'The Hadley Commission on Public Safety announced on Friday the parade, which was planned for May, has been cancelled. In an official statement, the commission said, "There will be no parade this year."',
      ['the Hadley Commission on Public Safety']],
    ['a capitalised particle opens a name', 'The talks failed, according to Al Jazeera.', ['Al Jazeera']],
    ['a name of two words that ends a fuller one', 'The far-right party leader, Marine Le Pen, voiced support for the plan. "It is good," Le Pen told reporters.',
      ['Marine Le Pen']],
    ['near-miss: "and" before a place joins nothing', 'The Hadley Department of Parks and Downing Street staff met. "It went well," the department said.',
      ['the Hadley Department of Parks']],
    ['near-miss: "and" with no domain joins two bodies', 'Acme Corp and Northwind Ltd signed the deal. "It is done," Northwind Ltd said.', ['Northwind Ltd']],
    ['near-miss: a date after "on" is no name', 'The Hadley Commission on Monday said "the parade is off".', ['the Hadley Commission']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
