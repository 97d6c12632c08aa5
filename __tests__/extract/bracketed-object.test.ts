// What brackets hold after the object of "called" is the object's own: the second phrase that makes "called X Y" a
// naming (complements.ts objectFrame) comes after them, if at all. Sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.text, q.speaker, q.explain?.found])

describe('an acronym in brackets after the object of "called"', () => {
  test.each<[string, string, Array<[string, string | null, string]>]>([
    ['a body called by its name, its acronym in brackets, then a verb',
      'An umbrella group called the Hadley Relief Committee (HRC) has been set up by 12 charities.', []],
    ['a charity and its acronym, then a verb in the past', 'A charity called the Kestrel Trust (KT) was formed in May.', []],
    ['near-miss: a second phrase after the brackets', 'Mr Hale called the Hadley Relief Committee (HRC) a disgrace.',
      [['the Hadley Relief Committee (HRC) a disgrace', 'Mr Hale', 'frame-object-as']]],
    ['near-miss: a note in brackets, then the second phrase', 'Mr Hale called the senator (a Democrat) a liar.',
      [['the senator (a Democrat) a liar', 'Mr Hale', 'frame-object-as']]],
    ['near-miss: no brackets', 'Ms Lee called Tom Hale a liar.', [['Tom Hale a liar', 'Ms Lee', 'frame-object-as']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })
})
