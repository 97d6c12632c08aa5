// A "he" or "she" with nobody before it means the first person named after it (speakers/named-after.ts): sentences
// written for these tests, with the near-misses where it must stay unresolved or keep its antecedent.
import { analyze } from '../../src/analyze'

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker])

describe('a pronoun named only after it', () => {
  test.each<[string, string, Array<[string, string | null]>]>([
    ['a story that opens on her quote', '“It is not fair,” she said of the ruling. “We will fight it.” Ms Lee, 34, lost her job in May.',
      [['“It is not fair,”', 'Ms Lee'], ['“We will fight it.”', 'Ms Lee']]],
    ['the first person named who may be a "she"', '“It is not fair,” she said. Tom Hale, her coach, agreed. Ann Lee, 34, lost her job in May.',
      [['“It is not fair,”', 'Ann Lee']]],
    ['near-miss: nobody named after it', '“It is not fair,” she said. The ruling came in May.', [['“It is not fair,”', null]]],
    ['near-miss: named too far after it', '“It is not fair,” she said. The ruling came in May. The court sat for a week. Appeals are rare. Costs are high. Ann Lee lost her job.',
      [['“It is not fair,”', null]]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  test('near-miss: someone named before it keeps the pronoun', () => {
    const text = 'Ann Lee spoke first. “It is not fair,” she said. Mia Chen, 34, lost her job in May.'
    expect(speakers(text)).toEqual([['“It is not fair,”', 'Ann Lee']])
  })

  test('the rule is named in --explain, and the pronoun is gender evidence', () => {
    const a = analyze('“It is not fair,” she said. Ann Lee, 34, lost her job in May.', { explain: true })
    expect(a.quotes[0].explain?.speaker).toBe('speaker-then-cue + pronoun-named-after')
    expect(a.speakers[0].genderEvidence?.[0]?.kind).toBe('pronoun')
  })
})
