// "and" inside a body's domain after "of" or "for" ends neither the source after "according to" nor the subject
// (phrases.ts phraseStartingAt, name-joins.ts): "the Centers for Disease Control and Prevention said" is the
// centers, not "Prevention".
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('"and" in a body’s domain', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a department after "according to"', 'Cases rose again. According to the Department of Health and Human Services, 500 people were infected.',
      ['the Department of Health and Human Services']],
    ['a body’s name ends at its last capital', 'Cases rose again. According to Hadley Center for Systems Science and Engineering late today, 291 patients have recovered.',
      ['Hadley Center for Systems Science and Engineering']],
    ['centers with a domain of two parts', 'Cases rose again. The Hadley Centers for Disease Control and Prevention said the risk was low.',
      ['the Hadley Centers for Disease Control and Prevention']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  // near-misses: a person after "and" is no word of the body's name, nor is a firm after a city centre
  test.each<[string, string, RegExp]>([
    ['a body and a person', 'Cases rose again. According to the Ministry of Defence and Tom Hale, the base will close.', /Defence and Tom/],
    ['the city centre and a firm', 'Cases rose again. The city centre and Northwind said the roads were shut.', /centre and Northwind/],
  ])('%s', (_name, text, merged) => {
    for (const s of speakers(text)) expect(s ?? '').not.toMatch(merged)
  })
})
