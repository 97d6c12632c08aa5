// How a person's name is written around it: letters after the name (speakers/names.ts POST_NOMINALS), a surname
// compromise reads as an honorific (nlp/honorific-surname.ts), and a description that is not the person its own
// words name (speakers/named-inside.ts). Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('names and the words written around them', () => {
  test.each<[string, string, Array<string | null>]>([
    ['letters of an honour after the name', 'Philippe Sands QC says the war was illegal. Mr Sands said the advice was clear.',
      ['Philippe Sands', 'Philippe Sands']],
    ['a member’s letters, which are a role too', 'Jane Hale MP said the bill was flawed. Ms Hale added that she would vote against it.',
      ['Jane Hale', 'Jane Hale']],
    ['… after an honorific', 'Mr Tom Roe OBE said the money had run out.', ['Tom Roe']],
    ['near-miss: a role after "the" keeps its letters', 'The local MP said the bill was flawed.', ['The local MP']],
    ['a surname compromise reads as an honorific', 'Michael Mates joined calls for a probe. Mr Mates told the BBC: "That is right."',
      ['Michael Mates']],
    ['near-miss: two honorifics, the second one kept', 'Dr Mrs Jones said the ward was full.', ['Mrs Jones']],
    ['a description is not the person its words name', 'Tom Baume, of the civil servants’ union, spoke on Monday. But the chancellor said Mr Baume could not judge.',
      ['the chancellor']],
    ['near-miss: the description is the person named last when its words name someone else', 'Tom Hale spoke on Monday. The senator said Ms Lee was wrong.',
      ['Tom Hale']],
    ['a role owned by a person, then the name of who holds it', 'Angela Merkel’s spokesperson, Steffen Seibert, said it was possible.', ['Steffen Seibert']],
    ['near-miss: the owned role with no name after it', 'Angela Merkel’s spokesperson, who spoke in Berlin, said it was possible.', ['Angela Merkel’s spokesperson']],
    ['near-miss: a name after an honorific is kept', 'Larry King spoke on Monday. Mr King said that Mr King was his own man.', ['Larry King']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a body described by its kind and a capital before it', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a capital before the kind names a body of its own', 'Figures on GDP fell. The Australian government said the economy remained strong.',
      ['the Australian government']],
    ['… or the body named before whose name has it', 'The Hadley council met. Later the Hadley council said the roads were safe.', ['the Hadley council']],
    ['near-miss: the kind alone is the body named before', 'Northwind Ltd cut its prices. The company said demand fell.', ['Northwind Ltd']],
    ['a body is a body: "the industry body" is the one named before, not its chief',
      'The Federation of Small Businesses said costs were rising. Its chief, Ann Lee, said it was hard. The industry body added that rates should fall.',
      ['the Federation of Small Businesses', 'Ann Lee', 'the Federation of Small Businesses']],
    ['a writing\'s word in capitals alone is the paper named before with it', 'Tom Hale spoke on Monday. The Hadley Post said a laptop was found. According to the Post, it was old.',
      ['the Hadley Post', 'the Hadley Post']],
    ['near-miss: a post in lower case speaks for its author', 'Tom Hale spoke on Monday. In a post on Monday, he said the laptop was old. The post said it was his.',
      ['Tom Hale', 'Tom Hale']],
    ['near-miss: a body that is no one says nothing', 'The body was found on Monday, police said.', ['police']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
