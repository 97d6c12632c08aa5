// Inputs built to make patterns backtrack or parsing blow up: long runs of quote marks, spaces, dashes, a
// sentence without a stop. Each must come back with exact spans; a catastrophic pattern would not come back
// within jest's timeout at all (no timing is asserted: speed is measured by `npm run bench`).
import { analyze } from '../../src/analyze'
import { findFurniture } from '../../src/input/furniture'
import { readMetadata } from '../../src/input/metadata'
import { findParagraphs } from '../../src/nlp/parse'

const inputs: Array<[string, string]> = [
  ['straight quotes', '"'.repeat(20_000)],
  ['curly quotes', '“ ”'.repeat(7_000)],
  ['single quotes and apostrophes', "'s ’ ‘".repeat(5_000)],
  ['spaces', `${' '.repeat(100_000)}word`],
  ['hyphens and dashes', '- – — '.repeat(10_000)],
  ['reporting verbs without a stop', 'the minister said that the plan would work and '.repeat(1_500)],
  ['an opening mark on every word', 'said “we '.repeat(5_000)],
  ['one long word', 'a'.repeat(100_000)],
  ['credits and captions', `Photograph: ${'x/'.repeat(5_000)} – ${'A/'.repeat(5_000)}Reuters`],
  ['brackets', '[('.repeat(10_000)],
  ['digits', '1'.repeat(20_000)],
  ['numbers and dates', '$1 billion on Monday 3% from 2010 to 2015 '.repeat(1_000)],
]

describe('adversarial input', () => {
  test.each(inputs)('%s', (_name, input) => {
    const a = analyze(input, { published: '2025-08-19' })
    for (const s of [...a.quotes, ...a.dates, ...a.figures]) expect(input.slice(s.start, s.end)).toBe(s.text)
  }, 30_000)

  test.each(inputs)('furniture and metadata patterns on %s', (_name, input) => {
    expect(Array.isArray(findFurniture(input, findParagraphs(input)))).toBe(true)
    expect(readMetadata(input)).toHaveProperty('published')
  }, 10_000)
})
