// After a quote, a role then a person's name set off by commas before the verb: the name speaks (direct.ts
// speaker-then-cue-appositive-name): "“…,” the firm’s chief, Jane Albury, told reporters" is Jane Albury.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name set off after a role, after the quote', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a possessive role', '"We are ready," Northwind’s CEO, Jane Albury, told the BBC. She said the plan was "sound".', ['Jane Albury', 'Jane Albury']],
    ['a role with an article', '"We are ready," the firm’s chief, Jane Albury, told reporters.', ['Jane Albury']],
    ['near-miss: the name first, the role set off', '"We are ready," Jane Albury, the CEO, told the BBC.', ['Jane Albury']],
    ['near-miss: an age set off names no one', '"We are ready," her lawyer, 45, said.', ['her lawyer']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
