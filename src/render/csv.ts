// `--format csv`: one row per quote (with its speaker's gender, speaker_gender), RFC 4180 (CRLF between records; a field holding a comma, a quote
// mark or a line break is wrapped in quotes, its quote marks doubled: She said "no" → "She said ""no""").
// A batch writes the header once and then each article's rows as the article is done (csvRows).
// When the inputs are records, an `id` column after `source` holds each record's id, to join rows back
// to the export ("export.csv#17", "a7").
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'

const HEADER = ['source', 'quote_id', 'type', 'speaker', 'speaker_gender', 'cue', 'text', 'start', 'end']
const HEADER_WITH_ID = ['source', 'id', ...HEADER.slice(1)]
const RECORD_END = '\r\n'

export function renderCsv(analyses: Analysis[], _options: RenderOptions): string {
  return csvHeader() + analyses.map((analysis) => csvRows(analysis)).join('')
}

/** The header record, CRLF included; `withId`: with the records' id column. */
export function csvHeader(withId = false): string {
  return csvRecord(withId ? HEADER_WITH_ID : HEADER)
}

/** One article's quotes as records, each ending in CRLF; "" for an article without quotes. */
export function csvRows(analysis: Analysis, withId = false): string {
  const id = withId ? [analysis.id ?? ''] : []
  // "female", "male", or empty: no speaker, or none the article (or a first name) gives
  const genderOf = new Map(analysis.speakers.map((s) => [s.id, s.gender ?? '']))
  return analysis.quotes
    .map((quote) =>
      csvRecord([
        analysis.source,
        ...id,
        quote.id,
        quote.type,
        quote.speaker ?? '',
        quote.speakerId === null ? '' : genderOf.get(quote.speakerId) ?? '',
        quote.cue?.text ?? '',
        quote.text,
        String(quote.start),
        String(quote.end),
      ]),
    )
    .join('')
}

function csvRecord(fields: string[]): string {
  return fields.map(csvField).join(',') + RECORD_END
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
