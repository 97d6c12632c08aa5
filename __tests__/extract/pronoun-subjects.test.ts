// A name in a sentence whose subject is "he" is not whom a "he" right after means (pronoun-subjects.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('objects of a sentence whose subject is the pronoun', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a title in a list after "He has worked on"', 'For Carl Bryce, head of sales at a film studio, the future is bright. He has worked on Finding Nemo and Indiana Jones. "It is exciting," he told reporters.',
      ['Carl Bryce']],
    ['a person met by "he"', 'Omar Haddad ran the club for ten years. He hired coach Tom Hale in May. "We had no money," he said.',
      ['Omar Haddad']],
    ['near-miss: the pronoun opening the sentence is another one', 'Ann Lee ran the club for ten years. She hired coach Tom Hale in May. "We had no money," he said.',
      ['Tom Hale']],
    ['near-miss: the name is the pronoun’s own, found when it spoke', 'Tom Hale spoke at a rally. Barack Obama was in Ohio. Tom Hale is raising questions about his microphone. He notes that the commission found an issue with Hale’s microphone. He says, “Working that microphone was hard.”',
      ['Tom Hale', 'Tom Hale']],
    ['a person met by "he" in a clause before the pronoun’s own, in its sentence', 'Omar Haddad has died at home aged 90. The party board met on Monday. Members paid tribute to a long career. When he refused to back prime minister Tom Hale over the budget in 1990, he said: "I will not resign."',
      ['Omar Haddad']],
    ['near-miss: the clause before has "she" as its subject', 'Ann Lee has died at home aged 90. The party board met on Monday. Members paid tribute to a long career. When she refused to back prime minister Tom Hale over the budget in 1990, he said: "I will not resign."',
      ['Tom Hale']],
    ['near-miss: the clause before has a body as its subject', 'Omar Haddad has died at home aged 90. The party board met on Monday. Members paid tribute to a long career. When the board sacked his deputy Tom Hale in 1990, he said: "I will not resign."',
      ['Tom Hale']],
    ['near-miss: the person named after the comma that closes the clause is the main clause’s subject', 'Tom Hale and Omar Haddad are rivals for the nomination. Hale needs the votes of Haddad supporters. As he has done before, Hale on Friday played down the idea that he had struck a deal with Haddad. "There was never a deal," he said.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
