// "They" after a subject that lists people is all of them: "Ann Reyes, Tom Hale, Mark Jones and Sarah Lee signed"
// (speakers/groups.ts listStart), and "Ann Reyes and her colleagues met", with the names of those colleagues set off
// by commas or not (speakers/person-and-theirs.ts); never the last two of the list, the last name, or the plural.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('"they" after a list of people', () => {
  test.each<[string, string, Array<string | null>]>([
    ['four names',
      'Ann Reyes, Tom Hale, Mark Jones and Sarah Lee signed the letter on Monday. The letter was sent to the mayor. They said the plan was unfair.',
      ['Ann Reyes, Tom Hale, Mark Jones and Sarah Lee']],
    ['three names with a comma before "and"',
      'Ann Reyes, Tom Hale, and Sarah Lee signed the letter on Monday. They said the plan was unfair.',
      ['Ann Reyes, Tom Hale, and Sarah Lee']],
    ['a person and her colleagues',
      'Ann Reyes and her colleagues met the mayor on Monday. The office was closed. They said the plan was unfair.',
      ['Ann Reyes and her colleagues']],
    ['a person and her coaches (a plural in -es, phrases.ts singular)',
      'Ann Reyes and her coaches met the mayor on Monday. The office was closed. They said the plan was unfair.',
      ['Ann Reyes and her coaches']],
    ['a minister and his counterparts, named after them',
      'Health minister Omar Haddad and his Greek, Cypriot and French counterparts, Nikos Papas, Andreas Kyprianou and Jean Dupont, respectively, met in Cairo on Wednesday. The talks lasted an hour. They concluded that the deal between Norway and Chile was void.',
      ['Health minister Omar Haddad and his Greek, Cypriot and French counterparts']],
    // near-misses: a place before the pair is no name of the list; a plan is no one of hers; a description is no name
    ['a place before a pair',
      'In Leeds, Tom Hale and Sarah Lee signed the letter on Monday. They said the plan was unfair.',
      ['Tom Hale and Sarah Lee']],
    ['a person and her plan',
      'Ann Reyes and her plan failed on Monday. The Hadley council met. They said the plan was unfair.',
      ['the Hadley council']],
    ['a description and his aides',
      'The mayor and his aides met on Monday. They said the plan was unfair.',
      ['his aides']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
