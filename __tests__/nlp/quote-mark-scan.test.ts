// hasQuoteMark reads a word's characters by their codes instead of testing /["“«]|''/ (it is asked about every
// word parsed): the two must agree, on the words that hold a mark and on the near-misses that do not.
import { hasQuoteMark } from '../../src/nlp/parse'
import { cueLemma } from '../../src/extract/lexicon/cue-verbs'

const PATTERN = /["“«]|''/

describe('hasQuoteMark', () => {
  test.each([
    ['said,“Look', true], ['said,"Look', true], ['dit,«Non', true], ["said,''Look", true], ['“', true], ['end"', true],
    // near-misses: one apostrophe, closing marks, single curly quotes, a guillemet the other way, nothing
    ["Zelenskiy's", false], ["rock'n'roll", false], ['said,”', false], ['‘Look', false], ['Non»', false], ["'", false], ['', false],
  ])('%s → %s', (word, expected) => {
    expect(hasQuoteMark(word)).toBe(expected)
    expect(hasQuoteMark(word)).toBe(PATTERN.test(word))
  })

  test('agrees with the pattern on every character of the first plane, alone and after an apostrophe', () => {
    for (let code = 0; code < 0x10000; code++) {
      for (const word of [`a${String.fromCharCode(code)}b`, `'${String.fromCharCode(code)}`]) {
        if (hasQuoteMark(word) !== PATTERN.test(word)) throw new Error(`disagrees on ${JSON.stringify(word)}`)
      }
    }
  })
})

// cueLemma looks a lower-case word up once, a word with capitals a second time in lower case
describe('cueLemma', () => {
  test.each([['said', 'say'], ['Said', 'say'], ['TOLD', 'tell'], ['table', undefined], ['Table', undefined], ['', undefined]])('%s → %s', (word, lemma) => {
    expect(cueLemma(word)).toBe(lemma)
  })
})
