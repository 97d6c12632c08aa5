// JSON written in pieces must be, joined, exactly what JSON.stringify gives, for the analyses of every fixture
// and for the shapes JSON.stringify treats specially.
import fs from 'node:fs'
import path from 'node:path'
import { analyze } from '../../src/analyze'
import { PIECE_CHARS, writeJsonPieces } from '../../src/render/json-pieces'

const fixtures = path.join(__dirname, '..', '..', 'fixtures')
const analyses = fs.readdirSync(fixtures).filter((d) => fs.existsSync(path.join(fixtures, d, 'article.txt')))
  .map((d) => analyze(fs.readFileSync(path.join(fixtures, d, 'article.txt'), 'utf8'), { source: d, published: '2025-08-19' }))

function pieces(value: unknown, pretty: boolean, indent?: string, depth?: number): string[] {
  const out: string[] = []
  writeJsonPieces(value, (text) => out.push(text), { pretty, indent, depth })
  return out
}

describe('writeJsonPieces', () => {
  const values: Array<[string, unknown]> = [
    ['an analysis', analyses[0]],
    ['every fixture at once', { articles: analyses }],
    ['empty object and array', { a: {}, b: [], c: [[]], d: [{}] }],
    ['undefined, functions and symbols left out (null in arrays)', { a: undefined, b: () => 1, c: Symbol('x'), d: [undefined, () => 1, 2], e: null }],
    ['strings with line breaks and quotes', { text: 'line\none “two”\n"three"', list: ['a\nb'] }],
    ['a date (toJSON)', { when: new Date(Date.UTC(2025, 7, 19)), nested: [{ when: new Date(0) }] }],
    ['numbers JSON cannot carry', { a: NaN, b: Infinity, c: -0, d: 1e21 }],
    ['a bare array and a bare string', [1, 'two', [3, [4]]]],
  ]
  test.each(values)('%s: pretty, compact, indented, at any depth', (_name, value) => {
    for (const depth of [0, 1, 2, 5]) {
      expect(pieces(value, true, undefined, depth).join('')).toBe(JSON.stringify(value, null, 2))
      expect(pieces(value, false, undefined, depth).join('')).toBe(JSON.stringify(value))
      expect(pieces(value, true, '    ', depth).join('')).toBe(JSON.stringify(value, null, 2).replace(/\n/g, '\n    '))
    }
  })

  test('a long value comes in several pieces, none much longer than PIECE_CHARS', () => {
    const big = { quotes: Array.from({ length: 5_000 }, (_, i) => ({ id: `q${i}`, text: 'x'.repeat(50) })) }
    const out = pieces(big, true)
    expect(out.length).toBeGreaterThan(3)
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(PIECE_CHARS + 200)
    expect(out.join('')).toBe(JSON.stringify(big, null, 2))
  })
})
