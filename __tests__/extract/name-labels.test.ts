// A capitalised word right before a person's first and last names that says what the person is belongs to no name:
// "American Tom Hale", "Referee Tom Hale", "MEP Tom Hale" (speakers/name-labels.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a label before a first and last name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a people', 'The final was played in heavy rain. "I never gave up," said American Serena Hale after the match.',
      ['Serena Hale']],
    ['a people in one word of its own', 'The final was played in heavy rain. Swede Thomas Johansson said the court was slippery.',
      ['Thomas Johansson']],
    ['a common noun capitalised as a label', 'The match ended in a row. Referee Graham Reyes said he had seen the kick clearly.',
      ['Graham Reyes']],
    ['letters of an office', 'The debate was heated. MEP Robert Okafor said the vote had been rigged.',
      ['Robert Okafor']],
    ['an adverb opening the sentence', 'The debate was heated. Meanwhile Mark Okafor said the vote had been rigged.',
      ['Mark Okafor']],
    ['a common noun opening the sentence after a quote, which the tagger reads as a person',
      '"We want the boss to stay," said Jim Reyes. "He deserves the chance." Keeper Tony Okafor echoed those words. "We are all behind him," he added.',
      ['Jim Reyes', 'Jim Reyes', 'Tony Okafor']],
    ['near-miss: a first name and a middle name opening the sentence after a quote',
      '"We want the boss to stay," said Jim Reyes. "He deserves the chance." Mary Ann Okafor disagreed. "It is time for a change," she said.',
      ['Jim Reyes', 'Jim Reyes', 'Mary Ann Okafor']],
    ['near-miss: a hyphenated first name opening the sentence after a quote',
      '"We want the boss to stay," said Jim Reyes. "He deserves the chance." Jean-Marc Okafor disagreed. "It is time for a change," he said.',
      ['Jim Reyes', 'Jim Reyes', 'Jean-Marc Okafor']],
    ['near-miss: capitals that are no office', 'The bank\'s shares fell. JP Morgan Chase said the results were disappointing.',
      ['JP Morgan Chase']],
    ['near-miss: an initial before the first name', 'The debate was heated. J. Gerald Okafor, a lawyer, said the vote had been rigged.',
      ['J. Gerald Okafor']],
    ['near-miss: three words of one name', 'The debate was heated. Hugh Morgan Okafor said the vote had been rigged.',
      ['Hugh Morgan Okafor']],
    ['near-miss: a word before a name the tagger is not sure is a first name', 'The debate was heated. Brin Jan Okafor said the vote had been rigged.',
      ['Brin Jan Okafor']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
