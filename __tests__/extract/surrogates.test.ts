// Someone who speaks for a name ("Hale's defence counsel", "the Northwind spokesman") is someone of that name's,
// never the person the story named last, nor someone whose title is an office ("Mayor Tom Hale … The spokesman
// said"). Sentences written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('those who speak for a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a possessive before a role the tagger does not know', 'Tom Hale was sentenced on Monday. Judge Ann Baker spoke. In a filing, Hale\'s defence counsel asked for a shorter sentence.',
      ['Hale\'s defence counsel']],
    ['a name before "spokesman"', 'Mayor Tom Hale spoke on Monday. The Baker campaign spokesman said the race was close.',
      ['The Baker campaign spokesman']],
    ['a body\'s name before "spokesman"', 'Sales fell at Northwind, analyst Ann Baker said. "We have new prices," said the Northwind spokesman.',
      ['Ann Baker', 'the Northwind spokesman']],
    ['near-miss: the same unnamed adviser again', 'A senior Hale adviser said the race was close. "We will win," the senior Hale adviser said.',
      ['a senior Hale adviser', 'a senior Hale adviser']],
    ['near-miss: a spokesman named with a title that fits', 'Tom Hale, a spokesman for the council, spoke. The spokesman said the road would reopen.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('one who speaks for someone is not one who holds an office', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"the spokesman" after a mayor', 'Mayor Tom Hale spoke on Friday. The spokesman said the road would close.', ['The spokesman']],
    ['"the lawyer" after a governor', 'Governor Ann Baker spoke on Friday. The lawyer said the road would close.', ['The lawyer']],
    ['an office given after the name', 'Tom Hale, the mayor, spoke on Friday. The aide said the road would close.', ['The aide']],
    ['near-miss: someone with no title may be the spokesman', 'Tom Hale spoke on Friday. The spokesman said the road would close.', ['Tom Hale']],
    ['near-miss: an office the role fits', 'Mayor Tom Hale spoke on Friday. The mayor said the road would close.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
