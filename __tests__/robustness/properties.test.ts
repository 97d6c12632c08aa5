// Properties that hold for any text: no exception, every span inside the text and equal to its `text`,
// ids in order, the same output for the same input. Texts are generated from pieces that matter to the
// analyzer (names, reporting verbs, every kind of quote mark, numbers, dates, line breaks, odd characters).
import fc from 'fast-check'
import { analyze } from '../../src/analyze'
import type { Analysis, Span } from '../../src/model'

const pieces = [
  'Mr Trump', 'Volodymyr Zelenskiy', 'she', 'he', 'the official', 'a spokeswoman', 'officials', 'the Kremlin',
  'said', 'told reporters', 'added', 'according to', 'says', 'wrote:', 'did not confirm',
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', ',', '.', ':', ';', '?', '!', ' – ', ' — ', '-', '(', ')', '[', ']',
  'that', 'the meeting', 'would happen', 'on Monday', 'last week', 'within 10 days', 'in February 2022', 'next year',
  '$90 billion', '£691m', '76%', '2.5 per cent', 'three people', '1,200', '3-5%', 'from 2010 to 2015',
  '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u0000', '😀', 'é', 'Photograph: A/B', '– Reuters', 'date 2025-08-19',
]
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(' '))

function spans(a: Analysis): Span[] {
  return [...a.quotes, ...a.dates, ...a.figures, ...a.quotes.flatMap((q) => [q.mention, q.cue].filter((s): s is Span => s !== null))]
}

describe('for any text', () => {
  test('no exception; spans exact; ids in order; references resolve', () => {
    fc.assert(fc.property(text, fc.option(fc.constant('2025-08-19'), { nil: undefined }), (input, published) => {
      const a = analyze(input, { published })
      for (const s of spans(a)) {
        expect(s.start).toBeGreaterThanOrEqual(0)
        expect(s.end).toBeLessThanOrEqual(input.length)
        expect(input.slice(s.start, s.end)).toBe(s.text)
      }
      expect(a.quotes.map((q) => q.id)).toEqual(a.quotes.map((_, i) => `q${i + 1}`))
      const speakerIds = new Set(a.speakers.map((s) => s.id))
      for (const q of a.quotes) if (q.speakerId !== null) expect(speakerIds.has(q.speakerId)).toBe(true)
      const quoteIds = new Set(a.quotes.map((q) => q.id))
      for (const d of [...a.dates, ...a.figures]) if (d.quoteId !== null) expect(quoteIds.has(d.quoteId)).toBe(true)
      expect(JSON.parse(JSON.stringify(a))).toEqual(a)
    }), { numRuns: 300, seed: 20251129 })
  })

  test('the same input gives the same output', () => {
    fc.assert(fc.property(text, (input) => {
      expect(analyze(input, { published: '2025-08-19' })).toEqual(analyze(input, { published: '2025-08-19' }))
    }), { numRuns: 40, seed: 7 })
  })
})
