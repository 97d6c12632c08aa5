// The default output: for each article a short header, then "Who said what", "Speakers", "Dates" and
// "Figures" as boxed tables that fit the width (80 columns by default, the terminal's width on a TTY).
import chalkDefault, { type Chalk } from 'chalk'
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'
import { drawTable } from './draw-table'
import { pageLine, sourceLabel, summaryPhrases, SUMMARY_SEPARATOR } from './describe'
import { wrapPhrases, wrapText } from './text-wrap'
import { dates, figures, speakers, whoSaidWhat, type Section } from './table-sections'

export function renderTable(analyses: Analysis[], options: RenderOptions): string {
  const chalk = new chalkDefault.Instance({ level: options.colorLevel })
  return analyses.map((analysis) => renderArticle(analysis, options, chalk)).join('\n')
}

function renderArticle(analysis: Analysis, options: RenderOptions, chalk: Chalk): string {
  const blocks = [
    header(analysis, options.width, chalk),
    ...[
      whoSaidWhat(analysis, chalk, options.explain),
      speakers(analysis, chalk),
      dates(analysis, chalk),
      figures(analysis, chalk),
    ].map((section) => renderSection(section, options, chalk)),
  ]
  return blocks.join('\n\n') + '\n'
}

function header(analysis: Analysis, width: number, chalk: Chalk): string {
  const lines = wrapText(sourceLabel(analysis.source), width).map((line) => chalk.bold.cyan(line))
  if (analysis.title) lines.push(...wrapText(analysis.title, width).map((line) => chalk.bold(line)))
  const page = pageLine(analysis)
  if (page) lines.push(...wrapText(page, width))
  lines.push(...wrapPhrases(summaryPhrases(analysis), SUMMARY_SEPARATOR, width).map((line) => chalk.dim(line)))
  return lines.join('\n')
}

function renderSection(section: Section, options: RenderOptions, chalk: Chalk): string {
  const heading = section.rows.length === 0 ? section.title : `${section.title} (${section.rows.length})`
  const title = wrapText(heading, options.width)
    .map((line) => chalk.bold(line))
    .join('\n')
  if (section.rows.length === 0) return `${title}\n${chalk.dim(section.emptyMessage)}`
  return `${title}\n${drawTable(section.columns, section.rows, { width: options.width, full: options.full, chalk })}`
}
