// CSV or TSV text with a header row → one object a row, keyed by the header, each with the line it starts
// on (as an editor counts: the header is line 1; a field with line breaks in it makes a row span lines).
// Parsed by csv-parse (RFC 4180: quoted fields, "" for a quote mark, line breaks inside quotes, CRLF or LF),
// leniently where exports are sloppy: a quote mark inside an unquoted field is kept as it is
// (`He said "no" twice`), and a row with too few or too many fields is a problem of that row alone.
//
//   id,text\n                      header
//   1,"He said, ""No."""\n         line 2: {id: "1", text: "He said, \"No.\""}
//   2,"one\n two"\n                line 3: {id: "2", text: "one\n two"}   (lines 3–4)
//   3\n                            line 5: "1 field where the header has 2"
//   4,"never closed\n…             line 6: "a quote mark is not closed: the rest of the file was read into this row"
import { Readable } from 'node:stream'
import { parse, type Info } from 'csv-parse'
import { NotUtf8Error } from './text-chunks'
import { streamItems } from './stream-items'

export type CsvRow = { line: number; value: Record<string, string> } | { line: number; problem: string }

interface ParsedRow {
  record: string[]
  raw: string
  info: Info
}

export async function* csvRows(text: AsyncIterable<string>, delimiter: ',' | '\t'): AsyncGenerator<CsvRow> {
  const parser = parse({
    delimiter,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    info: true,
  })
  const skipped: Array<{ code: string; raw?: string }> = []
  parser.on('skip', (error: Error & { code: string; raw?: string }) => skipped.push(error))
  const input = Readable.from(text, { objectMode: false })
  input.on('error', (error) => parser.destroy(error))
  input.pipe(parser)

  let header: string[] | null = null
  let line = 1
  for await (const step of streamItems<ParsedRow>(parser)) {
    if ('error' in step) {
      const cause = step.error instanceof NotUtf8Error ? step.error.message : `cannot be read (${step.error.message.split('\n')[0]})`
      yield { line, problem: `${cause}; the file is not read further` }
      return
    }
    const row = step.item
    const start = line + lineBreaks(/^[\r\n]*/.exec(row.raw)?.[0] ?? '')
    line += lineBreaks(row.raw)
    if (row.record.every((field) => field.trim() === '')) continue // a line of blanks or bare commas
    if (header === null) {
      header = row.record.map((name, i) => name.trim() || `column${i + 1}`)
      continue
    }
    if (row.record.length !== header.length) {
      yield { line: start, problem: `${count(row.record.length, 'field')} where the header has ${header.length}` }
      continue
    }
    const value: Record<string, string> = {}
    header.forEach((name, i) => {
      if (!(name in value)) value[name] = row.record[i]
    })
    yield { line: start, value }
  }
  // csv-parse finds an unclosed quote only at the end of the input, once it has read everything into the row
  for (const error of skipped) {
    const leading = /^[\r\n]*/.exec(error.raw ?? '')?.[0] ?? ''
    yield { line: line + lineBreaks(leading), problem: describe(error.code) }
  }
  if (header === null) yield { line: 1, problem: 'no header row (a CSV of records starts with the names of its fields)' }
}

/** "a\r\nb\rc\n" → 3: CRLF, CR and LF each end a line. */
function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0
}

function describe(code: string): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote mark is not closed: the rest of the file was read into this row'
  return `not CSV (${code})`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
