// A speaker's gender from a first name the article gives alone: sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'
import type { AnalyzeOptions, Speaker } from '../../src/model'

/** [name, gender, evidence as "kind:text"] of every speaker. */
function genders(text: string, options: AnalyzeOptions = {}): Array<[string, Speaker['gender'], string[]]> {
  return analyze(text, options).speakers.map((s) => [s.name, s.gender, (s.genderEvidence ?? []).map((e) => `${e.kind}:${e.text}`)])
}

describe('a person named by a first name alone', () => {
  test.each<[string, string, Array<[string, Speaker['gender'], string[]]>]>([
    ['a first name the list gives to girls', 'Fourteen-year-old Zoe said the march was only the start.', [['Zoe', 'female', ['first-name:Zoe']]]],
    ['a first name the list gives to boys', 'Robert, a pupil at the school, said the march was only the start.', [['Robert', 'male', ['first-name:Robert']]]],
    ['the article’s own words still come first', 'Robert said the march was only the start.\n\n“We will be back,” she said.',
      [['Robert', 'female', ['pronoun:she']]]],
    ['near-miss: a word the lexicon holds as a surname too', 'Carter said the march was only the start.', [['Carter', null, []]]],
    ['near-miss: a word the article writes as a surname, after an initial', 'The firm hired Jill A. Martin last year.\n\nMartin said the deal was fair.',
      [['Martin', null, []]]],
    ['near-miss: a word that ends a longer name', 'A flag with the Star of David hung at the gala.\n\nDavid said the deal was fair.', [['David', null, []]]],
  ])('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected)
  })

  test('near-miss: never with the name step off', () => {
    expect(genders('Fourteen-year-old Zoe said the march was only the start.', { nameGender: false })).toEqual([['Zoe', null, []]])
  })
})
