// `--format csv`: one row per quote, RFC 4180 (CRLF between records; a field holding a comma, a quote
// mark or a line break is wrapped in quotes, its quote marks doubled: She said "no" → "She said ""no""").
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'

const HEADER = ['source', 'quote_id', 'type', 'speaker', 'cue', 'text', 'start', 'end']
const RECORD_END = '\r\n'

export function renderCsv(analyses: Analysis[], _options: RenderOptions): string {
  const records = [HEADER]
  for (const analysis of analyses) {
    for (const quote of analysis.quotes) {
      records.push([
        analysis.source,
        quote.id,
        quote.type,
        quote.speaker ?? '',
        quote.cue?.text ?? '',
        quote.text,
        String(quote.start),
        String(quote.end),
      ])
    }
  }
  return records.map((fields) => fields.map(csvField).join(',') + RECORD_END).join('')
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
