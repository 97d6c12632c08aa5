// A frame verb whose subject names nobody ("it", a capital read as a place) still reports when what it takes is a
// clause: an infinitive, or a preposition and a gerund. Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const texts = (text: string) => analyze(text).quotes.map((q) => q.text)

describe('"it" or a place as the subject of a frame verb', () => {
  test.each<[string, string, string[]]>([
    ['"it" and a gerund after the object', 'The audit followed a year of delays. It accused the council of hiding the costs from voters.',
      ['the council of hiding the costs from voters']],
    ['"it" with an adverb before the verb', 'The letter came on Friday. It also accused a second official of misleading the committee.',
      ['a second official of misleading the committee']],
    ['a capital read as a place', 'Washington has accused Moscow of meddling in the vote.', ['Moscow of meddling in the vote']],
    ['near-miss: "it" and a plain object after the preposition', 'The review was short. It blamed the storm for the delay.', []],
    ['near-miss: "it" and what something is called', 'The review was short. It called the move a mistake.', []],
    ['near-miss: a street named as the subject', 'Hadley Road called for repairs.', []],
    ['near-miss: a place and a plain object', 'Washington accused Moscow of aggression.', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected)
  })
})
