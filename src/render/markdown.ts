// `--format markdown`: the same four sections as the table, as GitHub-flavoured markdown tables, for
// pasting into an issue or a report. Quotes are never shortened: markdown is read rendered, not at 80 columns.
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'
import { describeFigureValue, describeResolved, explainRules, NOTHING, pageLine, saidBy, sourceLabel, summaryLine } from './describe'
import { collapseWhitespace } from './text-wrap'
import { describeGender } from './gender-labels'

export function renderMarkdown(analyses: Analysis[], options: RenderOptions): string {
  return analyses.map((analysis) => renderArticle(analysis, options)).join('\n---\n\n')
}

function renderArticle(analysis: Analysis, options: RenderOptions): string {
  const heading = analysis.title ?? sourceLabel(analysis.source)
  const page = pageLine(analysis)
  const parts = [
    `# ${escapeMarkdown(heading)}\n`,
    ...(page ? [`${escapeMarkdown(page)}\n`] : []),
    `${analysis.title ? `Source: ${escapeMarkdown(sourceLabel(analysis.source))} · ` : ''}${summaryLine(analysis)}\n`,
    section('Who said what', 'No quotes found.', quoteTable(analysis, options.explain)),
    section('Speakers', 'No speakers found.', speakerTable(analysis)),
    section('Dates', 'No dates found.', dateTable(analysis)),
    section('Figures', 'No figures found.', figureTable(analysis)),
  ]
  return parts.join('\n')
}

type Table = { header: string[]; rows: string[][] }

function quoteTable(analysis: Analysis, explain: boolean): Table {
  const header = ['Speaker', 'Cue', 'Quote', 'Type']
  if (explain) header.push('Rule (quote / speaker)')
  const rows = analysis.quotes.map((quote) => {
    const row = [quote.speaker ?? '_unknown_', quote.cue?.text ?? NOTHING, quote.text, quote.type]
    if (explain) row.push(explainRules(quote).join(' / '))
    return row
  })
  return { header, rows }
}

function speakerTable(analysis: Analysis): Table {
  return {
    header: ['Speaker', 'Title / role', 'Kind', 'Gender', 'Quotes'],
    rows: analysis.speakers.map((s) => [s.name, s.title ?? NOTHING, s.kind, describeGender(s), String(s.quoteCount)]),
  }
}

function dateTable(analysis: Analysis): Table {
  return {
    header: ['Date', 'Kind', 'Resolved', 'Said by'],
    rows: analysis.dates.map((d) => [d.text, d.kind, describeResolved(d.resolved), saidBy(analysis, d) ?? '']),
  }
}

function figureTable(analysis: Analysis): Table {
  return {
    header: ['Figure', 'Value', 'Context', 'Said by'],
    rows: analysis.figures.map((f) => [f.text, describeFigureValue(f), f.context, saidBy(analysis, f) ?? '']),
  }
}

function section(title: string, emptyMessage: string, table: Table): string {
  if (table.rows.length === 0) return `## ${title}\n\n_${emptyMessage}_\n`
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const rows = table.rows.map((row) =>
    // "_unknown_" is our own emphasis; everything else is article text and escaped.
    line(row.map((cell) => (cell === '_unknown_' ? cell : escapeMarkdown(cell)))),
  )
  return [`## ${title}\n`, line(table.header), line(table.header.map(() => '---')), ...rows, ''].join('\n')
}

/**
 * Article text inside a table cell: one line, and the characters markdown would read as syntax
 * ("|" ends a cell, "*" and "_" start emphasis, "<" starts HTML) escaped with a backslash.
 */
export function escapeMarkdown(text: string): string {
  return collapseWhitespace(text).replace(/[\\`*_[\]<|]/g, (char) => `\\${char}`)
}
