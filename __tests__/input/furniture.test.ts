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
  ])('%s', (_name, line) => {
    expect(isFurniture(line)).toBe(true)
  })

  test.each([
    ['a sentence with "via"', 'The money reached the council via a fund set up in 2019, Ms Lee said.'],
    ['a sentence with a slash', 'The 9/11 memorial opened on Tuesday, the mayor said.'],
    ['a short sentence', 'Ms Lee agreed.'],
    ['a sentence with "photo" in brackets inside it', 'Ms Lee (who took the photo herself) said the plan had failed, and she left.'],
    ['an either/or inside a sentence', 'Voters will decide whether the plan is a success/failure next year.'],
  ])('not furniture: %s', (_name, line) => {
    expect(isFurniture(line)).toBe(false)
  })
})
