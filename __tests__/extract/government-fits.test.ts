// Which body "the government" may mean (speakers/government-fits.ts): a state's executive, named as one, never any
// public body named before it. Sentences written for these tests.
import { analyze } from '../../src/analyze'
import { governmentFits } from '../../src/extract/speakers/government-fits'

const speakers = (text: string) => analyze(text, { explain: true }).quotes.map((q) => [q.speaker, q.explain?.speaker])

describe('"the government" after a body named before', () => {
  test.each<[string, string, Array<[string | null, string | null | undefined]>]>([
    ['an administration is a government', 'The Clinton administration sued the firms in 1999. The government claimed the firms hid the risks.',
      [['the Clinton administration', 'subject-before-cue + description-body']]],
    ['a ministry speaks for its government', 'The Hadley Health Ministry issued rules on Monday. The government said the rules would stay.',
      [['the Hadley Health Ministry', 'subject-before-cue + description-body']]],
    ['near-miss: a body known by its letters is none', 'Officials criticised the QTA and the HRC on Monday. The government said it would act.',
      [['the government', 'subject-before-cue + organization']]],
    ['near-miss: a service is none', 'The Merovian Licensing Service fined 40 firms. The government said it would act.',
      [['the government', 'subject-before-cue + organization']]],
    ['near-miss: a watchdog is none', 'Ofwatch, the TV watchdog, fined two channels on Monday. The government said it would act.',
      [['the government', 'subject-before-cue + organization']]],
    ['near-miss: a parliament is none', 'The Merovian Parliament passed the bill. The new government said taxes would fall.',
      [['the new government', 'subject-before-cue + organization']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a nation’s word before "government" names that nation’s (descriptions.ts hasModifiers)', () => {
  test.each<[string, string, string]>([
    ['another nation’s government named before is not it', 'The U.S. government said it sent aid. Another report from the Mexican government said 12 towns were flooded.',
      'the Mexican government'],
    ['near-miss: the same nation’s government named before is it', 'The Mexican government said it sent aid. A later report from the Mexican government said 12 towns were flooded.',
      'the Mexican government'],
  ])('%s', (_name, text, speaker) => {
    const quotes = analyze(text).quotes
    expect(quotes.at(-1)?.speaker).toBe(speaker)
    expect(new Set(analyze(text).speakers.map((s) => s.name)).size).toBe(analyze(text).speakers.length)
  })
})

describe('governmentFits', () => {
  test.each<[string[], boolean]>([
    [['australian', 'government'], true],
    [['commerce', 'department'], true],
    [['white', 'house'], true],
    [['kremlin'], true],
    [['hadley', 'fire', 'department'], false],
    [['hadley', 'local', 'government', 'association'], false],
    [['eu'], false],
    [['tv'], false],
    [['lib', 'dems'], false],
    [['northwind', 'holdings'], false],
    [['office', 'for', 'national', 'statistics'], false],
  ])('%j → %s', (words, fits) => {
    expect(governmentFits(words)).toBe(fits)
  })
})
