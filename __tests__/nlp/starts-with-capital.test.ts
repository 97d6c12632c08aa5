// startsWithCapital settles a word opening with an ASCII character by its code and leaves any other to the
// pattern /^\p{Lu}/u: the two must agree on every word.
import { startsWithCapital } from '../../src/nlp/token-at'
import { nameKey } from '../../src/extract/speakers/entities'

describe('startsWithCapital', () => {
  test.each([
    ['Marion', true], ['O', true], ['Z', true], ['Ödön', true], ['Élise', true], ['Σωκράτης', true], ['𝐀lpha', true],
    // near-misses: lower case, digits, punctuation before the capital, the characters beside A and Z, nothing
    ['said', false], ['ödön', false], ['42nd', false], ['“We', false], ['"We', false], ['@Lee', false], ['[Lee', false], ['', false],
  ])('%s → %s', (word, expected) => {
    expect(startsWithCapital(word)).toBe(expected)
    expect(startsWithCapital(word)).toBe(/^\p{Lu}/u.test(word))
  })

  test('agrees with the pattern on every character of the first plane', () => {
    for (let code = 0; code < 0x10000; code++) {
      const word = `${String.fromCharCode(code)}x`
      if (startsWithCapital(word) !== /^\p{Lu}/u.test(word)) throw new Error(`disagrees on U+${code.toString(16)}`)
    }
  })
})

describe('nameKey', () => {
  test.each([['Zelenskiy’s', 'zelenskiy'], ['José', 'jose'], ["O'Brien", 'obrien'], ['Lee', 'lee']])('%s → %s, asked twice', (word, key) => {
    expect(nameKey(word)).toBe(key)
    expect(nameKey(word)).toBe(key)
  })
})
