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

/** Lines of rows handed to cli-table3 at once (see drawTable). */
const PIECE_ROWS = 200

/** Lines a shortened cell keeps: enough for a sentence or two even at 80 columns. */
export const SHORTENED_LINES = 4

export function drawTable(columns: Column[], rows: Cell[][], options: DrawOptions): string {
  const widths = fitColumns(columns, rows.map((row) => row.map((cell) => cell.text)), options.width)
  const laidOut = rows.map((row) => row.map((cell, column) => layOutCell(cell, widths[column], columns[column], options).split('\n')))
  // Lines between rows only help when some row takes several lines; a list of names reads better without.
  const compact = laidOut.every((row) => row.every((lines) => lines.length === 1))
  const draw = (part: string[][]) => {
    const table = new Table({
      head: columns.map((column) => options.chalk.bold(column.header)),
      colWidths: widths.map((width) => width + CELL_PADDING),
      colAligns: columns.map((column) => column.align ?? 'left'),
      wordWrap: false, // wrapped here already; cli-table3 would only cut lines that still overflow
      style: { head: [], border: [], compact: true }, // colours come from our chalk only, so "off" means off
    })
    table.push(...part)
    return table.toString().split('\n')
  }
  // cli-table3 measures a cell's whole text again for every line of it that it draws (lines × length², a
  // 2,000-character quote under --full took 5 s, 4,000 characters a minute), and checks every cell against every
  // row above it (rows², 6,000 figures took 1.2 s): so each line of a row goes in as a row of one line, a few
  // hundred at a time, and the pieces are joined and the rules between rows put back here: the same table, drawn
  // in linear time
  const lines: string[][] = []
  const rowEnds = new Set<number>()
  for (const row of laidOut) {
    const height = Math.max(...row.map((cell) => cell.length))
    for (let k = 0; k < height; k++) lines.push(row.map((cell) => cell[k] ?? ''))
    rowEnds.add(lines.length)
  }
  if (lines.length === 0) return draw([]).join('\n')
  const first = draw(lines.slice(0, PIECE_ROWS))
  // the rule under the head ("├───┼───┤") is the one cli-table3 draws between rows when not compact
  const head = first.findIndex((line) => line.startsWith('├'))
  const rule = first[head]
  const body = first.slice(head + 1, head + 1 + Math.min(PIECE_ROWS, lines.length))
  for (let from = PIECE_ROWS; from < lines.length; from += PIECE_ROWS) {
    const part = lines.slice(from, from + PIECE_ROWS)
    body.push(...draw(part).slice(head + 1, head + 1 + part.length))
  }
  const out = first.slice(0, head + 1)
  for (let r = 0; r < lines.length; r++) {
    out.push(body[r])
    if (!compact && rowEnds.has(r + 1) && r + 1 < lines.length) out.push(rule)
  }
  out.push(...first.slice(head + 1 + Math.min(PIECE_ROWS, lines.length)))
  return out.join('\n')
}

function layOutCell(cell: Cell, width: number, column: Column, options: DrawOptions): string {
  const lines = column.shorten && !options.full ? wrapShortened(cell.text, width, SHORTENED_LINES) : wrapText(cell.text, width)
  const paint = cell.paint ?? ((line: string) => line)
  return lines.map((line) => paint(line)).join('\n')
}
