// A surname of two words written alone after the full name is the end of it: one person. Sentences written for
// these tests, with the near-misses the rule must leave apart.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).speakers.map((s) => s.name)

test.each([
  ['the full name, then the two-word surname', '“It is a small house,” says architect Lena Ortiz Baker, who built it. “We kept it simple,” says Ortiz Baker.', ['Lena Ortiz Baker']],
  ['with an honorific', 'Ana García Ruiz opened the school in May. “It is full,” Ms García Ruiz said.', ['Ana García Ruiz']],
  ['near-miss: a first name and a surname after a longer form', '“It is small,” said Billionaire Tom Okafor. “It is fine,” said Tom Okafor.', ['Billionaire Tom Okafor', 'Tom Okafor']],
  ['near-miss: another first name before the same surname', '“It is small,” said Lena Ortiz Baker. “It is fine,” said Tom Ortiz Baker.', ['Lena Ortiz Baker', 'Tom Ortiz Baker']],
])('%s', (_name, text, expected) => {
  expect(speakers(text)).toEqual(expected)
})
