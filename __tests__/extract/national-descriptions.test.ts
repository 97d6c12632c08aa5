// A description by nationality is the one person whose title names that people, by adjective or country: "Dutch
// defender Tom Hale … The Dutchman said" (src/extract/lexicon/nationals.ts, speakers/descriptions.ts); sentences
// written for these tests.
import { analyze } from '../../src/analyze'

const lastSpeaker = (text: string) => analyze(text).quotes.at(-1)?.speaker ?? null

describe('"the Dutchman", "the Scot": the person of that people', () => {
  test.each<[string, string, string | null]>([
    ['the adjective in the title', 'Dutch defender Tom Hale joined in May. Ann Reyes was pleased. The Dutchman said he was happy.', 'Tom Hale'],
    ['the country in the title', 'Scotland striker Tom Hale scored twice. Ann Reyes was pleased. The Scot said he was happy.', 'Tom Hale'],
    ['a man, never the woman named last', 'Tom Hale joined in May. Ann Reyes was pleased. The Dutchman said he was happy.', 'Tom Hale'],
    ['near-miss: two of that people, the usual reading', 'Scotland striker Tom Hale scored twice. Scotland winger Joe Lee was pleased. The Scot said he was happy.', 'Joe Lee'],
  ])('%s', (_name, text, expected) => {
    expect(lastSpeaker(text)).toEqual(expected)
  })
})
