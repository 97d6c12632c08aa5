// Which inputs are files of records (one article a record) rather than one article, and in which format:
//
//   export.ndjson, export.jsonl   one JSON object a line (NDJSON, JSON Lines)
//   export.csv                    CSV with a header row
//   export.tsv, export.tab        the same, separated by tabs
//   export.json                   a JSON array of objects
//
// The name decides (any case); --input-format overrides it for every input, and standard input is told
// apart by its first line (sniff-format.ts).

export const RECORD_FORMATS = ['ndjson', 'csv', 'tsv', 'json'] as const
export type RecordFormat = (typeof RECORD_FORMATS)[number]

/** What --input-format accepts: "auto" (by name and content), the two article formats, or a record format. */
export const INPUT_FORMAT_CHOICES = ['auto', 'text', 'html', 'ndjson', 'jsonl', 'csv', 'tsv', 'json'] as const
export type InputFormatChoice = 'auto' | 'text' | 'html' | RecordFormat

const BY_EXTENSION: Record<string, RecordFormat> = { ndjson: 'ndjson', jsonl: 'ndjson', csv: 'csv', tsv: 'tsv', tab: 'tsv', json: 'json' }

/** "export.ndjson" → "ndjson"; "EXPORT.CSV" → "csv"; "article.txt", "page.html", ".json" → null. */
export function recordFormatOfName(path: string): RecordFormat | null {
  const match = /[^/\\]\.([a-z]+)$/i.exec(path)
  return match ? (BY_EXTENSION[match[1].toLowerCase()] ?? null) : null
}

/** "jsonl" is NDJSON by another name. */
export function normaliseInputFormat(choice: (typeof INPUT_FORMAT_CHOICES)[number]): InputFormatChoice {
  return choice === 'jsonl' ? 'ndjson' : choice
}

export function isRecordFormat(choice: string): choice is RecordFormat {
  return (RECORD_FORMATS as readonly string[]).includes(choice)
}
