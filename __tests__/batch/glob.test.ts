import { expandBraces, isGlobPattern, matchGlob, matchSegment, segmentRegExp } from '../../src/batch/glob'

describe('matchGlob', () => {
  it.each<[string, string, boolean]>([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.md', false],
    ['*.txt', 'dir/a.txt', false],
    ['*.txt', '.hidden.txt', false],
    ['.*.txt', '.hidden.txt', true],
    ['news/*.txt', 'news/a.txt', true],
    ['news/*.txt', 'news/bbc/a.txt', false],
    ['news/**/*.txt', 'news/a.txt', true],
    ['news/**/*.txt', 'news/bbc/a.txt', true],
    ['news/**/*.txt', 'news/bbc/2004/a.txt', true],
    ['news/**/*.txt', 'news/.cache/a.txt', false],
    ['news/**/*.txt', 'other/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/z.txt', true],
    ['wn2019_00?.txt', 'wn2019_001.txt', true],
    ['wn2019_00?.txt', 'wn2019_0010.txt', false],
    ['wn2019_0[0-4]?.txt', 'wn2019_042.txt', true],
    ['wn2019_0[0-4]?.txt', 'wn2019_052.txt', false],
    ['[!b]*.txt', 'business_001.txt', false],
    ['[!b]*.txt', 'politics_001.txt', true],
    ['[^b]*.txt', 'politics_001.txt', true],
    ['{bbc,wikinews}/*.txt', 'bbc/a.txt', true],
    ['{bbc,wikinews}/*.txt', 'wikinews/a.txt', true],
    ['{bbc,wikinews}/*.txt', 'reuters/a.txt', false],
    ['*.{txt,md}', 'notes.md', true],
    ['a{b,c{d,e}}f.txt', 'acef.txt', true],
    ['{draft}.txt', '{draft}.txt', true],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['a+b(1).txt', 'aab(1).txt', false],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'a.txt', false],
    ['my-file-*.txt', 'my-file-2.txt', true],
    ['café/*.txt', 'café/a.txt', true],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(matchGlob(pattern, path)).toBe(expected)
  })
})

describe('expandBraces', () => {
  it.each<[string, string[]]>([
    ['plain.txt', ['plain.txt']],
    ['{a,b}.txt', ['a.txt', 'b.txt']],
    ['{a,b}/{c,d}', ['a/c', 'a/d', 'b/c', 'b/d']],
    ['x{a,{b,c}}y', ['xay', 'xby', 'xcy']],
    ['{only}.txt', ['{only}.txt']],
    ['{unclosed,x.txt', ['{unclosed,x.txt']],
    ['{,draft-}a.txt', ['a.txt', 'draft-a.txt']],
  ])('%s → %j', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected)
  })
})

describe('isGlobPattern', () => {
  it.each<[string, boolean]>([
    ['articles/a.txt', false],
    ['articles/', false],
    ['news/**/*.txt', true],
    ['a?.txt', true],
    ['[ab].txt', true],
    ['{a,b}.txt', true],
  ])('%s → %s', (input, expected) => {
    expect(isGlobPattern(input)).toBe(expected)
  })
})

describe('segments', () => {
  it('gives anchored expressions: a segment is the whole name', () => {
    expect(segmentRegExp('*.txt').test('a.txt.bak')).toBe(false)
  })

  it('keeps a "[" without its "]" as a character', () => {
    expect(matchSegment('[draft.txt', '[draft.txt')).toBe(true)
  })

  it('matches a hidden name only when asked to (so the walk can report what it skipped)', () => {
    expect(matchSegment('.x.txt', '*.txt')).toBe(false)
    expect(matchSegment('.x.txt', '*.txt', { dot: true })).toBe(true)
  })
})
