// "It said" after a writing: a writing's "it" is its author when the article names one, else the writing itself,
// never the last body named before it (speakers/pronouns.ts writingThatSpoke, bodies.ts afterHolder). Sentences
// written for these tests.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.speaker, q.explain?.speaker])

describe('"it" after a writing that spoke', () => {
  test.each<[string, string, Array<[string | null, string | null | undefined]>]>([
    ['no author named: the writing', 'Viewing fell sharply on Hadley TV last year. A new report found that children watch too much. It said parents should act.',
      [['a new report', 'subject-before-cue + document'], ['a new report', 'subject-before-cue + pronoun']]],
    ['the writing after its words', 'Viewing fell on Hadley TV, the report said. It said parents should act.',
      [['the report', 'speaker-then-cue-after-clause + document'], ['the report', 'subject-before-cue + pronoun']]],
    ['an author named after "by": the author, named without the writing', 'A report by the Hadley watchdog found that children watch too much. It said parents should act.',
      [['the Hadley watchdog', 'subject-before-cue + document-author'], ['the Hadley watchdog', 'subject-before-cue + pronoun']]],
    ['an author named after "from"', 'A statement from the Hadley Health Ministry said the rules would stay. It said the clinics were unsafe.',
      [['the Hadley Health Ministry', 'subject-before-cue + document-author'], ['the Hadley Health Ministry', 'subject-before-cue + pronoun']]],
    ['a writing named by its owner before it, then "the article" and "it": the owner',
      'A Gazette article hailed Mr Hale as a hero in 1995. The article said he had saved the mill. It said workers were grateful.',
      [['Gazette', 'subject-before-cue + document-author'], ['Gazette', 'subject-before-cue + document-author'], ['Gazette', 'subject-before-cue + pronoun']]],
    ['near-miss: a poll named by its owner speaks for itself after', 'A Hadley University poll shows the race is close. The poll found that 43% back Ms Reyes.',
      [['Hadley University', 'subject-before-cue + document-author'], ['The poll', 'subject-before-cue + document']]],
    ['near-miss: a body is the subject after the writing', 'A new report found that children watch too much. Hadley TV disputed the figures. It said parents were the best judges.',
      [['a new report', 'subject-before-cue + document'], ['Hadley TV', 'subject-before-cue + pronoun']]],
    ['near-miss: "she" is never the writing', 'A new report found that children watch too much. Ann Reyes read it on Monday. She said parents should act.',
      [['a new report', 'subject-before-cue + document'], ['Ann Reyes', 'subject-before-cue + pronoun']]],
    ['near-miss: a body whose name has "of"', 'The Office of Fair Play fined two clubs. It said the clubs had cheated.',
      [['the Office of Fair Play', 'subject-before-cue + pronoun']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
