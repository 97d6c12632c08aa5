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
    // (the middle initial is a word of the name (nlp/middle-initial.ts): "Martin" is Jill A. Martin, a woman by her
    // first name, never a man by "Martin")
    ['near-miss: a word the article writes as a surname, after an initial', 'The firm hired Jill A. Martin last year.\n\nMartin said the deal was fair.',
      [['Jill A. Martin', 'female', ['first-name:Jill']]]],
    ['near-miss: a word that ends a longer name', 'A flag with the Star of David hung at the gala.\n\nDavid said the deal was fair.', [['David', null, []]]],
  ])('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected)
  })

  test('near-miss: never with the name step off', () => {
    expect(genders('Fourteen-year-old Zoe said the march was only the start.', { nameGender: false })).toEqual([['Zoe', null, []]])
  })
})

/** [name, aliases, quote count, gender] of every speaker. */
function speakers(text: string): Array<[string, string[], number, Speaker['gender']]> {
  return analyze(text).speakers.map((s) => [s.name, s.aliases, s.quoteCount, s.gender])
}

describe('a first name alone and the full name are one speaker', () => {
  test.each<[string, string, Array<[string, string[], number, Speaker['gender']]>]>([
    ['the first name before the full name, with the pronouns of both',
      'The senator was joined by his wife, Jane, on the trail. Jane said the plan was fair.\n\nLater Jane Sanders said the race was close. “We will win,” she said.',
      [['Jane Sanders', ['Jane'], 3, 'female']]],
    ['the first name in a headline', 'Robert backs the bridge plan\n\nRobert Okafor said the bridge would open in May.\n\nRobert said the cost had doubled.',
      [['Robert Okafor', ['Robert'], 2, 'male']]],
    ['near-miss: two full names begin with it', 'Jane said the plan was fair.\n\nJane Sanders said the race was close. Jane Ortiz said it was not.',
      [['Jane', [], 1, 'female'], ['Jane Sanders', [], 1, 'female'], ['Jane Ortiz', [], 1, 'female']]],
    ['near-miss: the titles differ', 'His son Nick, a trainee vicar, said his father was honest.\n\n“We have had a fantastic few weeks,” said politics student Nick Vaughan.',
      [['Nick', [], 1, 'male'], ['Nick Vaughan', [], 1, 'male']]],
    ['near-miss: a surname, with an honorific', 'Mr James said the plan was fair.\n\nJames Okafor said the race was close.',
      [['Mr James', [], 1, 'male'], ['James Okafor', [], 1, 'male']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
