// An honorific goes with a surname: "Mr Howard" after "Howard Reyes", whom the article called "Mr Reyes", is someone
// else (speakers/entities.ts findPerson), while a first name alone may still be the person named in full before it,
// and so may an honorific with the first word of a name whose last word never had one ("Lou Weiming … Mr Lou").
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('an honorific and a word that is only a first name of someone named before', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"Mr" and another man\'s first name', 'Sacked MP Howard Reyes has lost his seat. "They selected me," Mr Reyes said. At a news conference, Mr Howard insisted he had played by the rules.',
      ['Howard Reyes', 'Mr Howard']],
    ['"Ms" and another woman\'s first name', 'Council leader Grace Hale resigned on Monday, and Ms Hale left at once. Ms Grace said the decision had been hers alone.',
      ['Ms Grace']],
    ['near-miss: a family name written first', 'Finance minister Lou Weiming spoke in Beijing. Mr Lou said the talks had gone well.',
      ['Lou Weiming']],
    ['near-miss: a knight is called by his first name', 'Police chief Ian Hale, who was knighted last year, spoke on Monday. Mr Hale was in London. Sir Ian said the force would not change its rules.',
      ['Ian Hale']],
    ['near-miss: the first name alone is the person named in full', 'Tom Okafor runs the corner shop. Tom said the rent was too high.',
      ['Tom Okafor']],
    ['near-miss: the honorific with the surname', 'Sacked MP Howard Reyes has lost his seat. Mr Reyes said he would fight on.',
      ['Howard Reyes']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
