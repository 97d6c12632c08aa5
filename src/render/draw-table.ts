// Draws one table with cli-table3 inside a fixed width: columns are fitted first (table-layout), each
// cell is wrapped to its column here, and only then painted, line by line.
import Table from 'cli-table3'
import type { Chalk } from 'chalk'
import { fitColumns, CELL_PADDING, type ColumnSpec } from './table-layout'
import { wrapShortened, wrapText } from './text-wrap'

export interface Cell {
  text: string
  /** Colour for each wrapped line, e.g. chalk.dim for "unknown". */
  paint?: (line: string) => string
}

export interface Column extends ColumnSpec {
  /** Cut this column's cells to a few lines with "…" (long quotes), unless the full option is on. */
  shorten?: boolean
}

export interface DrawOptions {
  width: number
  full: boolean
  chalk: Chalk
}

/** Lines a shortened cell keeps: enough for a sentence or two even at 80 columns. */
export const SHORTENED_LINES = 4

export function drawTable(columns: Column[], rows: Cell[][], options: DrawOptions): string {
  const widths = fitColumns(columns, rows.map((row) => row.map((cell) => cell.text)), options.width)
  const laidOut = rows.map((row) => row.map((cell, column) => layOutCell(cell, widths[column], columns[column], options).split('\n')))
  // Lines between rows only help when some row takes several lines; a list of names reads better without.
  const compact = laidOut.every((row) => row.every((lines) => lines.length === 1))
  const table = new Table({
    head: columns.map((column) => options.chalk.bold(column.header)),
    colWidths: widths.map((width) => width + CELL_PADDING),
    colAligns: columns.map((column) => column.align ?? 'left'),
    wordWrap: false, // wrapped here already; cli-table3 would only cut lines that still overflow
    style: { head: [], border: [], compact: true }, // colours come from our chalk only, so "off" means off
  })
  // cli-table3 measures a cell's whole text again for every line of it that it draws (lines × length², a
  // 2,000-character quote under --full took 5 s, 4,000 characters a minute), so each line of a row goes in as a
  // row of one line, and the rules between rows are put back below: the same table, drawn in linear time
  const rowEnds = new Set<number>()
  for (const row of laidOut) {
    const height = Math.max(...row.map((lines) => lines.length))
    for (let k = 0; k < height; k++) table.push(row.map((lines) => lines[k] ?? ''))
    rowEnds.add(table.length)
  }
  const drawn = table.toString().split('\n')
  if (compact) return drawn.join('\n')
  // the rule under the head ("├───┼───┤") is the one cli-table3 draws between rows when not compact
  const head = drawn.findIndex((line) => line.startsWith('├'))
  const rule = drawn[head]
  const out = drawn.slice(0, head + 1)
  for (let r = 0; r < table.length; r++) {
    out.push(drawn[head + 1 + r])
    if (rowEnds.has(r + 1) && r + 1 < table.length) out.push(rule)
  }
  out.push(...drawn.slice(head + 1 + table.length))
  return out.join('\n')
}

function layOutCell(cell: Cell, width: number, column: Column, options: DrawOptions): string {
  const lines = column.shorten && !options.full ? wrapShortened(cell.text, width, SHORTENED_LINES) : wrapText(cell.text, width)
  const paint = cell.paint ?? ((line: string) => line)
  return lines.map((line) => paint(line)).join('\n')
}
