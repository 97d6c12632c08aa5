// Column widths for a table that must fit in `width` terminal columns.
//
// Every column wants its natural width (its widest cell on one line). When they do not all fit, the
// widest columns give way first ("water filling"): all columns are capped at the same width C, the
// largest C that fits, so "said" and "direct" stay whole while the quote column wraps. A column never
// shrinks below its `min` unless the table could not fit otherwise.
import { displayWidth } from './display-width'
import { collapseWhitespace } from './text-wrap'

export interface ColumnSpec {
  header: string
  /** Narrowest the column's text may become (without padding), e.g. 8 so a date never breaks. */
  min: number
  /** Widest the column's text may become, e.g. 24 for names so the quote gets the room. */
  max?: number
  align?: 'left' | 'right'
}

/** cli-table3 draws one border character before each column and one after the last. */
export function borderColumns(columnCount: number): number {
  return columnCount + 1
}

/** One space each side of a cell's text (cli-table3's default padding). */
export const CELL_PADDING = 2

/**
 * A cell's width on one line, or `limit` when it is at least that wide: measured on ever longer beginnings, so that
 * a sentence of 120,000 characters in each of 7,000 timeline rows costs what the table can show, not its length.
 */
export function widthUpTo(text: string, limit: number): number {
  for (let take = Math.max(64, limit * 2); take < text.length; take *= 2) {
    const width = displayWidth(collapseWhitespace(text.slice(0, take)))
    if (width >= limit) return limit
  }
  return Math.min(limit, displayWidth(collapseWhitespace(text)))
}

/** Text widths (padding excluded) for each column, so that the whole table is at most `width` wide. */
export function fitColumns(specs: ColumnSpec[], rows: string[][], width: number): number[] {
  const available = width - borderColumns(specs.length) - CELL_PADDING * specs.length
  const natural = specs.map((spec, column) => {
    const widest = Math.max(displayWidth(spec.header), ...rows.map((row) => widthUpTo(row[column] ?? '', available + 1)))
    return Math.max(1, Math.min(widest, spec.max ?? Infinity))
  })
  const floors = shrinkFloors(specs, natural, available)
  const capped = (cap: number) => natural.map((n, i) => Math.min(n, Math.max(floors[i], cap)))
  const total = (widths: number[]) => widths.reduce((sum, w) => sum + w, 0)

  if (total(natural) <= available) return natural

  // The largest common cap that fits; then hand the columns left over one by one to the capped columns.
  let cap = Math.max(...natural)
  while (cap > 0 && total(capped(cap)) > available) cap--
  const widths = capped(cap)
  let spare = available - total(widths)
  for (let i = 0; spare > 0 && i < widths.length; i++) {
    if (widths[i] < natural[i]) {
      widths[i]++
      spare--
    }
  }
  return widths
}

/**
 * How far each column may shrink: its `min` (or its natural width if smaller). If even those do not fit
 * (a very narrow width), they are scaled down together, never below one column.
 */
function shrinkFloors(specs: ColumnSpec[], natural: number[], available: number): number[] {
  const floors = specs.map((spec, i) => Math.min(spec.min, natural[i]))
  const sum = floors.reduce((total, floor) => total + floor, 0)
  if (sum <= available) return floors
  return floors.map((floor) => Math.max(1, Math.floor((floor * available) / sum)))
}
