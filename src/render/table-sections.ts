// The four tables of the default output, as columns and rows of plain text with a colour per cell.
import type { Chalk } from 'chalk'
import type { Analysis, QuoteType } from '../model'
import type { Cell, Column } from './draw-table'
import { describeFigureValue, describeResolved, explainRules, NOTHING, saidBy } from './describe'
import { describeGender } from './gender-labels'

export interface Section {
  title: string
  /** Shown dimmed instead of an empty table ("No dates found"). */
  emptyMessage: string
  columns: Column[]
  rows: Cell[][]
}

const plain = (text: string): Cell => ({ text })

export function whoSaidWhat(analysis: Analysis, chalk: Chalk, explain: boolean): Section {
  const typeColour: Record<QuoteType, (s: string) => string> = {
    direct: chalk.green,
    mixed: chalk.yellow,
    indirect: chalk.cyan,
  }
  const columns: Column[] = [
    { header: 'Speaker', min: 10, max: 24 },
    { header: 'Cue', min: 4, max: 14 },
    { header: 'Quote', min: 16, shorten: true },
    { header: 'Type', min: 6, max: 8 },
  ]
  if (explain) columns.push({ header: 'Rule (quote / speaker)', min: 10, max: 22 })
  const rows = analysis.quotes.map((quote) => {
    const row: Cell[] = [
      quote.speaker === null ? { text: 'unknown', paint: chalk.dim } : plain(quote.speaker),
      quote.cue === null ? { text: NOTHING, paint: chalk.dim } : plain(quote.cue.text),
      plain(quote.text),
      { text: quote.type, paint: typeColour[quote.type] },
    ]
    if (explain) {
      const [found, speaker] = explainRules(quote)
      row.push({ text: `${found} / ${speaker}`, paint: chalk.dim })
    }
    return row
  })
  return { title: 'Who said what', emptyMessage: 'No quotes found', columns, rows }
}

export function speakers(analysis: Analysis, chalk: Chalk): Section {
  const columns: Column[] = [
    { header: 'Speaker', min: 10, max: 30 },
    { header: 'Title / role', min: 10, max: 30 },
    { header: 'Kind', min: 6, max: 12 },
    { header: 'Gender', min: 6, max: 18 },
    { header: 'Quotes', min: 6, max: 6, align: 'right' },
  ]
  const rows = analysis.speakers.map((speaker): Cell[] => [
    plain(speaker.name),
    speaker.title === null ? { text: NOTHING, paint: chalk.dim } : plain(speaker.title),
    plain(speaker.kind),
    speaker.gender ? plain(describeGender(speaker)) : { text: describeGender(speaker), paint: chalk.dim },
    plain(String(speaker.quoteCount)),
  ])
  return { title: 'Speakers', emptyMessage: 'No speakers found', columns, rows }
}

export function dates(analysis: Analysis, chalk: Chalk): Section {
  const columns: Column[] = [
    { header: 'Date', min: 10, max: 30 },
    { header: 'Kind', min: 6, max: 8 },
    // 10 keeps "2025-08-19" on one line; a period wraps after its dash.
    { header: 'Resolved', min: 10, max: 23 },
    { header: 'Said by', min: 8, max: 24 },
  ]
  const rows = analysis.dates.map((date): Cell[] => [
    plain(date.text),
    plain(date.kind),
    date.resolved === null ? { text: NOTHING, paint: chalk.dim } : plain(describeResolved(date.resolved)),
    saidByCell(saidBy(analysis, date), chalk),
  ])
  return { title: 'Dates', emptyMessage: 'No dates found', columns, rows }
}

export function figures(analysis: Analysis, chalk: Chalk): Section {
  const columns: Column[] = [
    { header: 'Figure', min: 8, max: 24 },
    { header: 'Value', min: 8, max: 24 },
    { header: 'Context', min: 12 },
    { header: 'Said by', min: 8, max: 24 },
  ]
  const rows = analysis.figures.map((figure): Cell[] => [
    plain(figure.text),
    figure.value === null ? { text: NOTHING, paint: chalk.dim } : plain(describeFigureValue(figure)),
    { text: figure.context, paint: chalk.dim },
    saidByCell(saidBy(analysis, figure), chalk),
  ])
  return { title: 'Figures', emptyMessage: 'No figures found', columns, rows }
}

/** Blank for the reporter's own words, dim "unknown" for a quote without a speaker. */
function saidByCell(speaker: string | null, chalk: Chalk): Cell {
  if (speaker === null) return plain('')
  return speaker === 'unknown' ? { text: speaker, paint: chalk.dim } : plain(speaker)
}
