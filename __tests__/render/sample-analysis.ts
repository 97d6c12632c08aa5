// A hand-built Analysis for renderer tests, with spans taken from a real text so they are exact.
import type { Analysis, Quote, Span } from '../../src/model'

export const SAMPLE_TEXT = [
  'Vladimir Putin has agreed to face-to-face talks with Volodymyr Zelenskiy, according to Donald Trump.',
  '“At the conclusion of the meetings, I called President Putin, and began the arrangements for a meeting, at a location to be determined, between President Putin and President Zelenskiy,” Mr Trump wrote on his Truth Social platform.',
  'Mr Merz told reporters: “The American president spoke with the Russian president on the phone and agreed that there would be a meeting within the next two weeks.”',
  'The Ukrainian president said security guarantees would be “formalised” within 10 days.',
  'A package worth $90 billion was discussed, a source said: “It is a \"big\" deal,\nreally.”',
].join('\n\n')

/** The span of the `occurrence`-th (0-based) appearance of `text` in SAMPLE_TEXT. */
export function span(text: string, occurrence = 0): Span {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = SAMPLE_TEXT.indexOf(text, start + 1)
  if (start < 0) throw new Error(`not in the sample: ${text}`)
  return { text, start, end: start + text.length }
}

function quote(id: string, type: Quote['type'], text: string, speaker: [string, string] | null, mention: string | null, cue: string | null): Quote {
  return {
    id,
    type,
    ...span(text),
    speaker: speaker ? speaker[0] : null,
    speakerId: speaker ? speaker[1] : null,
    mention: mention ? span(mention) : null,
    cue: cue ? span(cue) : null,
    explain: { found: type === 'direct' ? 'quote-marks' : 'cue-clause', speaker: speaker ? 'subject-before-cue' : null },
  }
}

export const LONG_QUOTE =
  'At the conclusion of the meetings, I called President Putin, and began the arrangements for a meeting, at a location to be determined, between President Putin and President Zelenskiy,'

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    schemaVersion: 1,
    source: 'fixtures/seed/article.txt',
    title: 'Putin agrees to meet Zelenskiy, says Trump',
    published: '2025-08-19',
    stats: { characters: SAMPLE_TEXT.length, words: 120 },
    speakers: [
      { id: 's1', name: 'Donald Trump', kind: 'person', title: 'US president', aliases: ['Mr Trump'], quoteCount: 2,
        gender: 'male', genderEvidence: [{ kind: 'pronoun', gender: 'male', ...span('his') }, { kind: 'honorific', gender: 'male', ...span('Mr', 0) }] },
      { id: 's2', name: 'Friedrich Merz', kind: 'person', title: 'German chancellor', aliases: ['Mr Merz'], quoteCount: 1,
        gender: 'male', genderEvidence: [{ kind: 'first-name', gender: 'male', text: 'Friedrich', share: 1 }] },
      // evidence both ways, as a test of the conflict (the real article says nothing of the sort)
      { id: 's3', name: 'Volodymyr Zelenskiy', kind: 'person', title: 'Ukrainian president', aliases: ['The Ukrainian president'], quoteCount: 1,
        gender: null, genderEvidence: [], genderConflict: 'she against he' },
    ],
    quotes: [
      quote('q1', 'indirect', 'Vladimir Putin has agreed to face-to-face talks with Volodymyr Zelenskiy', ['Donald Trump', 's1'], 'Donald Trump', 'according to'),
      quote('q2', 'direct', LONG_QUOTE, ['Donald Trump', 's1'], 'Mr Trump', 'wrote'),
      quote('q3', 'direct', 'The American president spoke with the Russian president on the phone and agreed that there would be a meeting within the next two weeks.', ['Friedrich Merz', 's2'], 'Mr Merz', 'told'),
      quote('q4', 'mixed', 'security guarantees would be “formalised” within 10 days', ['Volodymyr Zelenskiy', 's3'], 'The Ukrainian president', 'said'),
      quote('q5', 'direct', 'It is a "big" deal,\nreally.', null, null, null),
    ],
    dates: [
      { ...span('within the next two weeks'), kind: 'duration', resolved: { start: '2025-08-19', end: '2025-09-02' }, quoteId: 'q3', sentence: 'There would be a meeting within the next two weeks.' },
      { ...span('within 10 days'), kind: 'deadline', resolved: { start: '2025-08-19', end: '2025-08-29' }, quoteId: 'q4', sentence: 'Guarantees would be formalised within 10 days.' },
      { ...span('the phone'), kind: 'time', resolved: null, quoteId: null, sentence: 'They spoke on the phone.' },
    ],
    figures: [
      { ...span('$90 billion'), kind: 'money', value: 90_000_000_000, unit: 'USD', context: 'a package worth', quoteId: null },
      { ...span('10 days'), kind: 'duration', value: 10, unit: 'day', context: 'formalised within', quoteId: 'q4' },
      { ...span('two weeks'), kind: 'duration', value: 2, unit: 'week', valueMax: 3, context: 'a meeting within the next', quoteId: 'q3' },
      { ...span('a'), kind: 'count', value: null, unit: null, context: 'something a quote without a speaker counts', quoteId: 'q5' },
    ],
    ...overrides,
  }
}
