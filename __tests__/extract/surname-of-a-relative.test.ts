// A bare surname two people share is not the one the story introduced as a relative of another (speakers/entities.ts
// findPerson, resolve.ts introducedAsKin): after "Joe Biden and his son, Hunter Biden", "Biden" is Joe Biden. An
// honorific's gender picks among them first: "Mr. Bush" is never Barbara Bush.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a surname shared with a relative', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the son introduced after his father',
      'The inquiry looked into Joe Biden and his son, Hunter Biden. The claim against Biden is that, as vice president, he called for the prosecutor to be fired.',
      ['Joe Biden']],
    ['a wife introduced after her husband',
      'Tom Hale spoke on Monday. His wife, Jane Hale, said the family was fine. Hale added that he would resign.', ['Jane Hale', 'Tom Hale']],
    ['an honorific tells them apart',
      'Barbara Bush spoke first. Her son, George Bush, spoke later. Mr. Bush said the campaign was strong.', ['George Bush']],
    // near-misses: a second bearer named plainly is the surname's latest bearer, as before
    ['no relative', 'Joe Biden spoke on Monday. Hunter Biden said he had done nothing wrong. Biden added that he would testify.',
      ['Hunter Biden', 'Hunter Biden']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
