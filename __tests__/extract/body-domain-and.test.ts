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

// name-joins.ts commonNounEndsName: a capitalised common noun after "and" ends a name begun by two capitals or more
describe('a common noun after "and" ends a body’s name', () => {
  test.each<[string, string, Array<string | null>]>([
    ['a firm of two trades', 'Ironhorse Oil and Gas has denied that it is the company in question.', ['Ironhorse Oil and Gas']],
    ['a team of a firm', 'The Acmehub Trust and Safety team called the tickets a "top priority".', ['the Acmehub Trust and Safety team']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  // near-misses: two bodies or people, each with a name of its own (one quote found, its speaker no merged name)
  test.each<[string, string, RegExp]>([
    ['a firm and another firm', 'Acme Corp and Northwind said sales fell.', /Corp and Northwind/],
    ['a party and a party', 'The Conservative Party and Labour said the bill failed.', /Party and Labour/],
    ['a person and a party', 'Health Secretary Jane Hale and Labour said the bill failed.', /Hale and Labour/],
    ['two plurals', 'Senate Republicans and Democrats said the bill failed.', /Republicans and Democrats/],
  ])('%s', (_name, text, merged) => {
    const found = speakers(text)
    expect(found).toHaveLength(1)
    expect(found[0] ?? '').not.toMatch(merged)
  })
})
