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
    ['"and" in the name of a report’s author, after "by"', 'A report by the Institute for Housing and Urban Studies found that rents would rise.',
      ['the Institute for Housing and Urban Studies']],
    ['a centre is a body: "the group" after it', 'The Centre for Rural Affairs reviewed the plan. Rents would rise, the group said.', ['the Centre for Rural Affairs']],
    ['a body named by the words after its head alone', 'The Institute for Rural Affairs reviewed the plan. Rents would rise, the group said.',
      ['the Institute for Rural Affairs']],
    ['a body’s document, the body named with its joining words', 'The Club for Growth ran ads. A Club for Growth ad read: “Only Tom Hale can win.”',
      ['the Club for Growth']],
    ['a body’s statement is the body named before', 'The Hadley Council met on Monday. A Hadley Council statement said that “roads are closed.”',
      ['the Hadley Council']],
    ['near-miss: a date after the head is no name', 'The Commission on Monday reviewed the plan. Rents would rise, the group said.', ['the Commission']],
    ['a member’s seat of two places', 'Tom Hogg said the bill was wasteful. But the Tory MP for Sleaford and North Hykeham admitted the role could change.',
      ['Tom Hogg', 'Tom Hogg']],
    ['near-miss: a person after "and" is no part of the seat', 'The MP for Sleaford and Tom Hale said the bill was wasteful.', ['Tom Hale']],
    ['near-miss: "and" before a place joins nothing', 'The Hadley Department of Parks and Downing Street staff met. "It went well," the department said.',
      ['the Hadley Department of Parks']],
    ['near-miss: "and" with no domain joins two bodies', 'Acme Corp and Northwind Ltd signed the deal. "It is done," Northwind Ltd said.', ['Northwind Ltd']],
    ['near-miss: a date after "on" is no name', 'The Hadley Commission on Monday said "the parade is off".', ['the Hadley Commission']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
