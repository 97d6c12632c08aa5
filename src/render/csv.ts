// `--format csv`: one row per quote (with its speaker's gender, speaker_gender), RFC 4180 (CRLF between records; a field holding a comma, a quote
// mark or a line break is wrapped in quotes, its quote marks doubled: She said "no" → "She said ""no""").
// A batch writes the header once and then each article's rows as the article is done (csvRows).
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'

const HEADER = ['source', 'quote_id', 'type', 'speaker', 'speaker_gender', 'cue', 'text', 'start', 'end']
const RECORD_END = '\r\n'

export function renderCsv(analyses: Analysis[], _options: RenderOptions): string {
  return csvHeader() + analyses.map(csvRows).join('')
}

/** The header record, CRLF included. */
export function csvHeader(): string {
  return csvRecord(HEADER)
}

/** One article's quotes as records, each ending in CRLF; "" for an article without quotes. */
export function csvRows(analysis: Analysis): string {
  // "female", "male", or empty: no speaker, or none the article (or a first name) gives
  const genderOf = new Map(analysis.speakers.map((s) => [s.id, s.gender ?? '']))
  return analysis.quotes
    .map((quote) =>
      csvRecord([
        analysis.source,
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
