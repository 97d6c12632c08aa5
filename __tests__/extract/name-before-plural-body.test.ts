// A person's name before "of" and a body whose name ends in a plural is the person, not a group:
// "Commissioner Tom Hale of the Hadley Department of Emergency Services said" is Tom Hale (resolve.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name before the body it is of, the body ending in a plural', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a title, a name, "of" and a body', 'Commissioner Tom Hale of the Hadley Department of Emergency Services said six were hurt.', ['Tom Hale']],
    ['a name and a body of plural words', 'Ann Lee of the Hadley Rescue Services told reporters "Six were hurt."', ['Ann Lee']],
    ['near-miss: people of a body are a group', 'Officials of the Hadley Emergency Services said six were hurt.', ['Officials of the Hadley Emergency Services']],
    ['near-miss: a plural people in a place is a group', 'Democrats in Congress said the bill would fail.', ['Democrats in Congress']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
