// The timeline view (--timeline): the article's resolved dates in calendar order, each with the sentence it
// stands in and who said it when it sits in a quote —
//   2025-08-18  Monday  Mr Zelenskiy said on Monday evening that security guarantees …  Volodymyr Zelenskiy
import chalkDefault, { type Chalk } from 'chalk'
import type { Analysis, DateMention } from '../model'
import type { RenderOptions } from './render-options'
import { drawTable, type Cell, type Column } from './draw-table'
import { describeResolved, NOTHING, saidBy, sourceLabel } from './describe'
import { wrapText } from './text-wrap'

/** Resolved dates, earliest first; a period sorts by its start, then the shorter first, then text order. */
export function timelineEntries(analysis: Analysis): DateMention[] {
  return analysis.dates
    .filter((d) => d.resolved !== null)
    .sort((a, b) => a.resolved!.start.localeCompare(b.resolved!.start) || a.resolved!.end.localeCompare(b.resolved!.end) || a.start - b.start)
}

function timelineTable(analysis: Analysis, options: RenderOptions, chalk: Chalk): string {
  const entries = timelineEntries(analysis)
  const title = chalk.bold(wrapText(`Timeline (${entries.length})`, options.width).join('\n'))
  if (entries.length === 0) return `${title}\n${chalk.dim(analysis.published ? 'No resolved dates' : 'No resolved dates (publication date unknown: give --date)')}`
  const columns: Column[] = [
    { header: 'When', min: 10, max: 23 },
    { header: 'Expression', min: 8, max: 14 },
    { header: 'Sentence', min: 16, shorten: true },
    { header: 'Said by', min: 8, max: 22 },
  ]
  const rows = entries.map((d): Cell[] => {
    const speaker = saidBy(analysis, d)
    return [
      { text: describeResolved(d.resolved), paint: chalk.cyan },
      { text: d.text },
      { text: d.sentence },
      speaker === null ? { text: NOTHING, paint: chalk.dim } : { text: speaker },
    ]
  })
  return `${title}\n${drawTable(columns, rows, { width: options.width, full: options.full, chalk })}`
}

export function renderTimeline(analyses: Analysis[], options: RenderOptions): string {
  const chalk = new chalkDefault.Instance({ level: options.colorLevel })
  return analyses
    .map((a) => `${chalk.bold.cyan(wrapText(sourceLabel(a.source), options.width).join('\n'))}\n${timelineTable(a, options, chalk)}\n`)
    .join('\n')
}
