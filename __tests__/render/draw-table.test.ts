// drawTable hands cli-table3 one line of each row at a time, 200 lines at once (cli-table3 measures a cell's whole
// text again for every line it draws: a 4,000-character quote under --full took a minute; and checks each row
// against every row above it), and joins the pieces and puts back the rules between rows itself. The table must
// come out as cli-table3 draws it whole.
import Table from 'cli-table3'
import chalkDefault from 'chalk'
import { drawTable, type Column } from '../../src/render/draw-table'
import { wrapText } from '../../src/render/text-wrap'

const chalk = new chalkDefault.Instance({ level: 0 })
const columns: Column[] = [{ header: 'Who', min: 3 }, { header: 'Said', min: 6, align: 'right' }]

/** The same rows as cli-table3 draws them in one piece (cells already wrapped, as drawTable wraps them). */
function whole(widths: number[], rows: string[][], compact: boolean): string {
  const table = new Table({
    head: columns.map((c) => c.header), colWidths: widths.map((w) => w + 2), colAligns: ['left', 'right'],
    wordWrap: false, style: { head: [], border: [], compact },
  })
  table.push(...rows)
  return table.toString()
}

describe('drawTable', () => {
  test.each<[string, string[][], boolean]>([
    // one line a row: no rules between rows
    ['names only', [['Ann', 'yes'], ['Bo', 'no']], true],
    // a tall cell anywhere: a rule after every row, none inside one
    ['a tall cell in the first row', [['Ann', 'one two three four five six'], ['Bo', 'no']], false],
    ['a tall cell in the last row', [['Ann', 'yes'], ['Bo', 'one two three four five six']], false],
    ['tall cells side by side', [['Ann Lee Smith Jones', 'one two three four five six'], ['Bo', 'no'], ['Cy', 'x']], false],
    ['an empty cell', [['', 'one two three four five six'], ['Bo', '']], false],
    // more lines than one piece handed to cli-table3 (200), tall rows across the cut between pieces
    ['450 rows of one line', Array.from({ length: 450 }, (_, i) => [`n${i}`, `${i}`]), true],
    ['300 rows, every third tall', Array.from({ length: 300 }, (_, i) => [`n${i}`, i % 3 ? `${i}` : `${i} two three four five six`]), false],
  ])('%s', (_name, rows, compact) => {
    const drawn = drawTable(columns, rows.map((row) => row.map((text) => ({ text }))), { width: 24, full: true, chalk })
    const lines = drawn.split('\n')
    const widths = [lines[1].indexOf('│', 1) - 3, lines[1].length - lines[1].indexOf('│', 1) - 4]
    const wrapped = rows.map((row) => row.map((text, i) => wrapText(text, widths[i]).join('\n')))
    expect(drawn).toBe(whole(widths, wrapped, compact))
    expect(lines.filter((line) => line.startsWith('├')).length).toBe(compact ? 1 : rows.length)
  })
})
