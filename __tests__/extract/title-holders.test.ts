// Whom a description of an office means when no one named before holds that very title
// (src/extract/speakers/title-holders.ts, descriptions.ts). Sentences written for these tests, with near-misses.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a description of an office and its holder', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"former" is no word of the title', 'Sir Tom Hale, the cabinet secretary, gave evidence on Tuesday. Ann Reyes, the chairwoman, opened the session. The former cabinet secretary said the rules had been followed.',
      ['Tom Hale']],
    ['near-miss: two holders of the office, "former" picks neither', 'Sir Tom Hale, the cabinet secretary, gave evidence on Tuesday. Lady Ann Reyes, the cabinet secretary before him, sat behind him. The former cabinet secretary said the rules had been followed.',
      ['The former cabinet secretary']],
    ['a description before the name with the title', 'The home secretary said he would not open an inquiry. Mr Okafor was freed in May.\n\nLater, Home Secretary Ann Lee told the radio station she had read the reports.',
      ['Ann Lee', 'Ann Lee']],
    ['near-miss: two people named later with the title', 'The home secretary said he would not open an inquiry. Mr Okafor was freed in May.\n\nLater, Home Secretary Ann Lee told the radio station she had read the reports. Home Secretary Tom Hale, who held the post before her, told the paper he had not.',
      ['The home secretary', 'Ann Lee', 'Tom Hale']],
    ['near-miss: one who held the office once is not named later as its holder', 'The home secretary said he would not open an inquiry. Mr Okafor was freed in May.\n\nFormer Home Secretary Tom Hale told the paper he had not read the reports.',
      ['The home secretary', 'Tom Hale']],
    ['near-miss: a title named later only inside a quote', 'The home secretary said he would not open an inquiry. Mr Okafor was freed in May.\n\n“Ask Home Secretary Ann Lee,” said Mr Okafor.',
      ['The home secretary', 'Mr Okafor']],
    ['an age is no word of the title', 'Actor Tom Hale is to play a sea captain in a new film. Ann Reyes, star of another film, is the studio’s choice. The 58-year-old actor said he hoped to start filming in the spring.',
      ['Tom Hale']],
    ['the same description means the same person', 'Tom Hale has said the talks went well. The prime minister said he had learned much from the visit. President Ann Reyes was sworn in on Thursday. Aides said the visit was useful. Then the prime minister said trade would grow.',
      ['Tom Hale', 'Tom Hale', 'Aides', 'Tom Hale']],
    ['the vice presidential nominee is not the presidential nominee', 'The presidential nominee said the plan would fail. Aides agreed.\n\nVice presidential nominee Tom Hale told reporters the plan was sound.',
      ['The presidential nominee', 'Tom Hale']],
    ['the health minister is not the deputy health minister', 'Deputy Health Minister Tom Hale visited the clinic on Monday. The health minister said the clinic would stay open.',
      ['The health minister']],
    ['near-miss: the former holder is not "the prime minister"', 'Former Prime Minister Tom Hale visited the clinic on Monday. Nurses met him there. The prime minister said the clinic would stay open.',
      ['The prime minister']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
