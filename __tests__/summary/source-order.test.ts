import { compareSources } from '../../src/summary/source-order'

describe('compareSources: numbers by their value', () => {
  it('sorts a mixed list as a person would', () => {
    const sources = ['news/b10.txt', 'export.ndjson#10', '-#2', 'news/a.txt', 'export.ndjson#9', 'news/b2.txt', 'export.ndjson#100', 'Z.txt', 'export.ndjson#09']
    expect([...sources].sort(compareSources)).toEqual(['-#2', 'Z.txt', 'export.ndjson#9', 'export.ndjson#09', 'export.ndjson#10', 'export.ndjson#100', 'news/a.txt', 'news/b2.txt', 'news/b10.txt'])
  })

  it.each<[string, string, number]>([
    ['a#2', 'a#10', -1],
    ['a#10', 'a#2', 1],
    ['a#10', 'a#10', 0],
    ['a', 'a#1', -1],
    ['x99999999999999999999', 'x100000000000000000000', -1], // longer than a safe integer
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareSources(a, b))).toBe(sign)
  })
})
