// Test helpers for terminal output, written independently of src/render's own width code.
import { stripVTControlCharacters } from 'node:util'

/** Visible characters of a line: escape codes removed, each code point one column (true of the sample texts). */
export function visibleLength(line: string): number {
  return Array.from(stripVTControlCharacters(line)).length
}

export function longestLine(output: string): number {
  return Math.max(...output.split('\n').map(visibleLength))
}

export const ANSI_ESCAPE = '\u001b['

/**
 * The text of one column of the first boxed table in `output`, its wrapped lines joined with spaces:
 * column 2 of "│ Mr Trump │ said │ We will │" is "We will".
 */
export function columnText(output: string, column: number, tableIndex = 0): string {
  const tables = stripVTControlCharacters(output).split('┌').slice(1)
  const body = tables[tableIndex].split('\n').filter((line) => line.startsWith('│'))
  const rows = body.slice(1) // the header row
  return rows
    .map((line) => line.split('│')[column + 1].trim())
    .filter((text) => text !== '')
    .join(' ')
}
