// A word that describes a writing before the name that opens it: "the official Northwind statement" is
// Northwind's (documents.ts authorOf).
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker)

describe('a name after words that describe a writing', () => {
  test.each<[string, string, Array<string | null>]>([
    ['"official" before the name', 'Tom Hale spoke on Monday. The official Northwind statement said the risk was high.', ['Northwind']],
    ['"joint" before the name', 'Tom Hale spoke on Monday. A joint Hadley Council statement said the risk was high.', ['Hadley Council']],
    ['near-miss: no name after the word', 'Tom Hale spoke on Monday. The official statement said the risk was high.', ['Tom Hale']],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
