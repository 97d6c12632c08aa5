// `--summary` in the terminal: the corpus view as boxed tables that fit the width, like the article tables.
import chalkDefault, { type Chalk } from 'chalk'
import type { CorpusSummary } from '../summary/summary-model'
import type { RenderOptions } from './render-options'
import { drawTable } from './draw-table'
import { corpusHeadline, corpusSections, type CorpusSection } from './corpus-sections'
import { wrapPhrases, wrapText } from './text-wrap'
import { SUMMARY_SEPARATOR } from './describe'

export function renderCorpusTable(summary: CorpusSummary, options: RenderOptions): string {
  const chalk = new chalkDefault.Instance({ level: options.colorLevel })
  const headline = wrapPhrases(corpusHeadline(summary).split(SUMMARY_SEPARATOR), SUMMARY_SEPARATOR, options.width)
    .map((line) => chalk.bold.cyan(line))
    .join('\n')
  const sections = corpusSections(summary).map((section) => renderSection(section, options, chalk))
  return [headline, ...sections].join('\n\n') + '\n'
}

function renderSection(section: CorpusSection, options: RenderOptions, chalk: Chalk): string {
  const title = wrapText(section.title, options.width).map((line) => chalk.bold(line)).join('\n')
  const notes = section.notes.flatMap((note) => wrapText(note, options.width)).map((line) => chalk.dim(line))
  if (section.rows.length === 0) return [title, chalk.dim(section.emptyMessage), ...notes].join('\n')
  const cells = section.rows.map((row) => row.map((text) => ({ text })))
  return [title, drawTable(section.columns, cells, { width: options.width, full: true, chalk }), ...notes].join('\n')
}
