// allMatches gives what String.prototype.matchAll gives: the same matches, groups and indices, empty matches
// included, and leaves the pattern as it found it.
import { allMatches } from '../../src/extract/all-matches'

const viaMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)]
const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ all: [...m], index: m.index, groups: m.groups, indices: m.indices }))

describe('allMatches', () => {
  test.each<[string, RegExp, string]>([
    ['words with named groups', /\b(?<n>\d+)\s(?<unit>days?|weeks?)\b/g, 'within 10 days, or 2 weeks, not 3 dayz'],
    ['case folded', /\bnext\s(?<unit>week|month)\b/gi, 'Next Week and next month'],
    ['no match', /\bfortnight\b/g, 'within ten days'],
    ['empty matches between characters', /x*/g, 'axxb'],
    ['empty matches over a surrogate pair in unicode mode', /(?:)/gu, 'a😀b'],
    ['near-miss: the same pattern without the u flag steps into the pair', /(?:)/g, 'a😀b'],
    ['a lookbehind', /(?<=\$)\d+/g, '$5 and $10 but not 7'],
    ['indices under the d flag', /(?<y>\d{4})s/dg, 'the 1990s and 2000s'],
  ])('%s', (_name, pattern, text) => {
    expect(shape(allMatches(pattern, text))).toEqual(shape(viaMatchAll(pattern, text)))
    expect(pattern.lastIndex).toBe(0)
  })

  test('starts where the pattern stands, as matchAll does, and leaves lastIndex there', () => {
    const pattern = /\d/g
    pattern.lastIndex = 2
    const expected = shape(viaMatchAll(pattern, '1234'))
    expect(shape(allMatches(pattern, '1234'))).toEqual(expected)
    expect(expected.map((m) => m.all[0])).toEqual(['3', '4'])
    expect(pattern.lastIndex).toBe(2)
  })

  test('the caller may use the pattern while it reads the matches', () => {
    const pattern = /\d+/g
    const seen: string[] = []
    for (const m of allMatches(pattern, 'a1 b22 c333')) {
      seen.push(`${m[0]}:${pattern.exec('x9')?.[0] ?? '-'}`)
    }
    expect(seen).toEqual(['1:9', '22:-', '333:9'])
  })

  test('near-miss: a pattern without the g flag is refused, as matchAll refuses it', () => {
    expect(() => viaMatchAll(/\d/, '1')).toThrow(TypeError)
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError)
  })
})
