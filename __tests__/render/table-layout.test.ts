import { borderColumns, CELL_PADDING, fitColumns, widthUpTo, type ColumnSpec } from '../../src/render/table-layout'

const columns: ColumnSpec[] = [
  { header: 'Speaker', min: 10, max: 24 },
  { header: 'Cue', min: 4, max: 14 },
  { header: 'Quote', min: 16 },
  { header: 'Type', min: 6, max: 8 },
]
const longQuote = 'At the conclusion of the meetings, I called President Putin, and began the arrangements for a meeting'
const rows = [
  ['Donald Trump', 'wrote', longQuote, 'direct'],
  ['Volodymyr Zelenskiy', 'according to', 'short', 'indirect'],
]
const tableWidth = (widths: number[]) =>
  widths.reduce((sum, w) => sum + w + CELL_PADDING, 0) + borderColumns(widths.length)

describe('fitColumns', () => {
  it('gives every column its natural width when they fit', () => {
    expect(fitColumns(columns, rows, 200)).toEqual([19, 12, longQuote.length, 8])
  })

  it('narrows only the widest column when the table is too wide', () => {
    const widths = fitColumns(columns, rows, 80)
    expect(tableWidth(widths)).toBe(80)
    expect(widths).toEqual([19, 12, 80 - 13 - 19 - 12 - 8, 8])
  })

  it('takes from the wider columns first, and never below a column minimum while it can', () => {
    const widths = fitColumns(columns, rows, 50)
    expect(tableWidth(widths)).toBeLessThanOrEqual(50)
    widths.forEach((width, i) => expect(width).toBeGreaterThanOrEqual(Math.min(columns[i].min, 19)))
    expect(widths[2]).toBeGreaterThanOrEqual(widths[1])
  })

  it('respects a column maximum even when there is room', () => {
    const wide = [['A very long name for an anonymous source close to the talks', 'said', 'x', 'direct']]
    expect(fitColumns(columns, wide, 200)[0]).toBe(24)
  })

  it.each([40, 45, 60, 79, 80, 81, 133])('fits in %i columns', (width) => {
    expect(tableWidth(fitColumns(columns, rows, width))).toBeLessThanOrEqual(width)
  })
})

describe('a cell’s width measured up to what the table can show', () => {
  test.each<[string, string, number, number]>([
    ['a short cell, its own width', 'Rain fell all night.', 80, 20],
    ['whitespace collapsed as on one line', 'Rain   fell\n\nall night.', 80, 20],
    ['a long cell stops at the limit', 'Rain fell all night. '.repeat(20000), 81, 81],
    ['wide characters count twice', '雨'.repeat(30), 81, 60],
    ['near-miss: a cell just under the limit is measured whole', 'x'.repeat(80), 81, 80],
  ])('%s', (_name, text, limit, expected) => {
    expect(widthUpTo(text, limit)).toBe(expected)
  })

  test('columns fit as they did when long cells were measured whole', () => {
    const long = 'Rain fell all night and the river rose. '.repeat(5000)
    expect(fitColumns([{ header: 'When', min: 10 }, { header: 'Sentence', min: 16 }], [['2025-01-01', long], ['2025-01-02', 'Short.']], 80))
      .toEqual([10, 63])
  })
})
