// `--summary --format markdown`: the corpus view as GitHub-flavoured markdown tables, for a report.
import type { CorpusSummary } from '../summary/summary-model'
import type { RenderOptions } from './render-options'
import { corpusHeadline, corpusSections, type CorpusSection } from './corpus-sections'
import { escapeMarkdown } from './markdown'

export function renderCorpusMarkdown(summary: CorpusSummary, _options: RenderOptions): string {
  return [`# ${escapeMarkdown(corpusHeadline(summary))}\n`, ...corpusSections(summary).map(section)].join('\n')
}

function section(s: CorpusSection): string {
  const parts = [`## ${s.title}\n`]
  if (s.rows.length === 0) parts.push(`_${s.emptyMessage}._\n`)
  else {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`
    const align = s.columns.map((c) => (c.align === 'right' ? '---:' : '---'))
    parts.push([line(s.columns.map((c) => c.header)), line(align), ...s.rows.map((row) => line(row.map(escapeMarkdown))), ''].join('\n'))
  }
  for (const note of s.notes) parts.push(`_${escapeMarkdown(note)}._\n`)
  return parts.join('\n')
}
