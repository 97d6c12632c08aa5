// A bare description whose role the story wrote next to a name means that person; one named by a deed ("the
// attacker") is someone the story keeps unnamed, never the person it named last (role-holders.ts).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a role written next to a name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a role before a name the story named in passing', 'President Ana Ruiz said she would send a bill. The bill was criticised by archbishop Pedro Vela. Calling it cruel, the archbishop said "We need to pray for life."',
      ['Ana Ruiz', 'Pedro Vela']],
    ['a role after a name and a comma', 'Pedro Vela, the archbishop of Hadley, met President Ana Ruiz. Ruiz spoke first. The archbishop said the bill was wrong.',
      ['Pedro Vela']],
    ['near-miss: a role never written next to a name is still the prominent person', 'Tom Hale runs the only bakery in Hadley. Hale opened it in 2001. The baker said the tax would ruin him.',
      ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('someone named by a deed', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the attacker is not the minister who spoke before', 'Health minister Tom Hale said the mayor was stabbed at a concert. The attacker claimed he had been wronged.',
      ['Tom Hale', 'The attacker']],
    ['the gunman', 'Police chief Ann Lee said two people were hurt. The gunman shouted that the bank owed him money.',
      ['Ann Lee', 'The gunman']],
    ['near-miss: an attacker the story named', 'Police chief Ann Lee said two people were hurt. Officers arrested the attacker, Omar Haddad, at noon. The attacker told the court he had been wronged.',
      ['Ann Lee', 'Omar Haddad']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
