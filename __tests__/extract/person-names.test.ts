import { compatible, personName } from '../../src/extract/speakers/person-names'

describe('personName', () => {
  it.each<[string, ReturnType<typeof personName>]>([
    ['Donald Trump', { words: ['donald', 'trump'], gender: null }],
    ['Mr Trump', { words: ['trump'], gender: 'm' }],
    ['Mrs. May', { words: ['may'], gender: 'f' }],
    ['Dr Anthony Fauci', { words: ['anthony', 'fauci'], gender: null }],
    ['José Zelenskiy’s', { words: ['jose', 'zelenskiy'], gender: null }],
    ['Ursula von der Leyen', { words: ['ursula', 'von', 'der', 'leyen'], gender: null }],
    ['the Ukrainian president', null],
    ['a spokesman', null],
  ])('%s → %j', (written, expected) => {
    expect(personName(written)).toEqual(expected)
  })
})

describe('compatible', () => {
  const name = (written: string) => {
    const parsed = personName(written)
    if (!parsed) throw new Error(`not a name: ${written}`)
    return parsed
  }
  it.each<[string, string, boolean]>([
    ['Donald Trump', 'Mr Trump', true],
    ['Donald Trump', 'Trump', true],
    ['Donald Trump', 'D. Trump', true],
    ['Donald Trump', 'Donald J. Trump', true],
    ['Donald Trump', 'Melania Trump', false],
    ['Andre Campbell', 'Jason Campbell', false],
    ['Mr Smith', 'Mrs Smith', false],
    ['Mr Smith', 'Smith', true],
    ['Ursula von der Leyen', 'von der Leyen', true],
    ['Donald Trump', 'Donald Tusk', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(compatible(name(a), name(b))).toBe(expected)
    expect(compatible(name(b), name(a))).toBe(expected)
  })
})
