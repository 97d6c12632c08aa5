// "the Australian", "the Frenchman", "the Scot": one of a people is a description of someone named before, not a
// person called Australian. Sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('one of a people', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a demonym after "the"', 'Tom Hale lost again on Sunday. The Australian said the court had been too slow.', ['Tom Hale']],
    ['a word ending in -man', 'Tom Hale lost again on Sunday. The Frenchman said the court had been too slow.', ['Tom Hale']],
    ['with an age before it', 'Tom Hale won again on Sunday. The 28-year-old Dutchman said the court was slow.', ['Tom Hale']],
    ['a people\'s word that is a first name too', 'Andy Hale lost again. "It was hard," the Scot said.', ['Andy Hale']],
    ['near-miss: a surname after an age is still a name', 'Tom Hale won again. The 28-year-old Moreno said the court was slow.', ['Moreno']],
    ['near-miss: a newspaper with its capital "The"', 'Tom Hale won again. A report in The Australian said the court was slow.', ['the Australian']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
