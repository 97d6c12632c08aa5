// Which lines are furniture (captions, credits, link boxes): lines written for this test, with near-misses.
import { findFurniture } from '../../src/input/furniture'
import { findParagraphs } from '../../src/nlp/parse'

const isFurniture = (line: string) => findFurniture(line, findParagraphs(line)).length > 0

describe('furniture', () => {
  test.each([
    ['a credit through an agency', 'Ann Baker via Getty Images.'],
    ['a credit with a slash', 'Facebook/Omar Haddad.'],
    ['a credit with a spaced slash', 'Lee Park / Reuters.'],
    ['a caption that opens with the agency', 'REUTERS/Ann Baker Snow covers the falls near the border on Tuesday.'],
    ['a caption with its credit', 'The mayor speaks in Hadley. Photograph: Ann Baker/The Hadley Gazette'],
    ['a caption ending in a photo credit in brackets', 'Tom Reed, a retired porter, looks at old photos in Hadley. ( THE HADLEY GAZETTE FILE PHOTO )'],
    ['a link line in capitals', 'READ MORE: Council delays river defences for a second year'],
    ['a link line before a colon', 'Related: Hadley council votes to close two libraries'],
    ['a short sign-up line', 'Sign up for our daily newsletter'],
    ['a line of its own', 'Story continues below advertisement'],
  ])('%s', (_name, line) => {
    expect(isFurniture(line)).toBe(true)
  })

  test.each([
    ['a sentence with "via"', 'The money reached the council via a fund set up in 2019, Ms Lee said.'],
    ['a sentence with a slash', 'The 9/11 memorial opened on Tuesday, the mayor said.'],
    ['a short sentence', 'Ms Lee agreed.'],
    ['a sentence with "photo" in brackets inside it', 'Ms Lee (who took the photo herself) said the plan had failed, and she left.'],
    ['an either/or inside a sentence', 'Voters will decide whether the plan is a success/failure next year.'],
    ['a paragraph that begins with "More"', 'More recently, councillors have said that the library will close.'],
    ['a paragraph that begins with "Look"', 'Look, I think the vote was fair, Ms Lee said.'],
    ['a paragraph that begins with "Watch"', 'Watch closely and you will see the river rise, the warden said.'],
    ['a paragraph that begins with "Related"', 'Related costs rose by 4 percent last year, the council said.'],
  ])('not furniture: %s', (_name, line) => {
    expect(isFurniture(line)).toBe(false)
  })
})
