// Quoted words after a noun for chanting (chant-quote.ts): sentences written for these tests.
import { analyze } from '../../src/analyze'

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.type, q.text, q.speaker])

describe('quoted words a crowd called out', () => {
  test.each<[string, string, Array<[string, string, string | null]>]>([
    ['"chants of", by nobody the sentence names', 'The mayor walked into the hall to chants of “Four more years!” from the crowd.',
      [['direct', '“Four more years!”', null]]],
    ['"with chants of": the subject chanted', 'The fans drowned the speaker out with chants of “Ruiz for mayor” until she spoke.',
      [['direct', '“Ruiz for mayor”', 'the fans']]],
    ['near-miss: "was met with chants of": the subject heard them', 'The visiting team was met with chants of “Go home” at the gate.',
      [['direct', '“Go home”', null]]],
    ['a list of calls joined by "and"', 'There were near-constant calls of “Shame” and “Resign now” as he left.',
      [['direct', '“Shame” and “Resign now”', null]]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  test('the owner of the chants is who chanted', () => {
    const [q] = analyze('Hale’s supporters packed the square. Their chants of “Hale! Hale! Hale!” were cut short by the news.').quotes
    expect([q.type, q.text, q.mention?.text]).toEqual(['direct', '“Hale! Hale! Hale!”', 'Their'])
  })

  test('near-miss: a label inside a noun phrase', () => {
    expect(analyze('The bill passed with a chorus of “yes” votes.').quotes).toEqual([])
  })
})
