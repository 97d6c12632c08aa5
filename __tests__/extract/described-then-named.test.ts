// A speaker first described, then named bare with the next quote, is the one named
// (src/extract/speakers/described-then-named.ts). Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a description the next quote names', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the name with the next quote, in the next paragraph', 'The council met on Monday.\n\nA spokeswoman for the mayor said the plan would go ahead.\n\n“We have the money,” said Eleanore Cole.',
      ['Eleanore Cole', 'Eleanore Cole']],
    ['the name in the same paragraph', 'The council met on Monday. A lawyer for the tenants said the fines were unlawful. “They must be repaid,” said Omar Haddad.',
      ['Omar Haddad', 'Omar Haddad']],
    ['an honorific before the bare name', 'The road was shut on Monday. A spokesman for the council said the road would reopen. Mr Tom Hale said the work was nearly done.',
      ['Tom Hale', 'Tom Hale']],
    ['near-miss: the name comes with a description of its own', 'The council met on Monday.\n\nA spokeswoman for the mayor said the plan would go ahead.\n\n“We have the money,” said Ann Reyes, a nurse at the hospital.',
      ['a spokeswoman for the mayor', 'Ann Reyes']],
    ['near-miss: an anonymous source stays anonymous', 'The council met on Monday.\n\nA source close to the mayor said the plan would go ahead.\n\n“We have the money,” said Eleanore Cole.',
      ['a source close to the mayor', 'Eleanore Cole']],
    ['near-miss: a friend stays a friend', 'The crash killed six.\n\n“He was kind,” a friend said.\n\n“We will miss him,” said Eleanore Cole.',
      ['a friend', 'Eleanore Cole']],
    ['near-miss: named before the description, the name is someone else', 'Eleanore Cole chairs the board.\n\nA spokeswoman for the mayor said the plan would go ahead.\n\n“We have the money,” said Eleanore Cole.',
      ['a spokeswoman for the mayor', 'Eleanore Cole']],
    ['near-miss: a role opening the sentence before a body’s name is no name of the spokeswoman',
      '“We are satisfied,” a spokeswoman for the show said. “The rules work.” The adjudicator was also satisfied, she added. Bookmaker Hallwick said it would take bets.',
      ['a spokeswoman for the show', 'a spokeswoman for the show', 'a spokeswoman for the show', 'Bookmaker Hallwick']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
