// One article's report: a header of facts, the text with every finding marked in it, and beside it the
// speakers, the key and the timeline (before it on a phone, and in the order of the page for Tab and screen readers). On a page of its own the title is the h1; in a batch it is the
// heading of the article's collapsible section (html-stream.ts) and the header keeps the facts only.
import type { Analysis } from '../../model'
import { findFurniture, overlapsAny, type Range } from '../../input/furniture'
import { readMetadata } from '../../input/metadata'
import { findParagraphs } from '../../nlp/paragraphs'
import { count, sourceLabel } from '../describe'
import { articleBody } from './article-body'
import { dateMarks, figureMarks, furnitureMarks, quoteMarks } from './article-marks'
import type { ArticleView } from './article-view'
import { longDay } from './day-format'
import { attribute, escapeHtml } from './escape'
import { legend } from './legend'
import { speakersPanel } from './speakers-panel'
import { timelineList } from './timeline-list'

const numberFormat = new Intl.NumberFormat('en-US')

/** The title people see: the headline, else the file. */
export function displayTitle(analysis: Analysis): string {
  return analysis.title ?? sourceLabel(analysis.source)
}

/** `text`: the article's text, when the analysis does not carry it (plain-text inputs). */
export function articleReport(analysis: Analysis, text: string | undefined, view: ArticleView, withTitle: boolean): string {
  const title = withTitle ? `<h1 class="article-title">${escapeHtml(displayTitle(analysis))}</h1>` : ''
  const body = text === undefined
    ? '<p class="empty">The article’s text is not part of this analysis, so its quotes cannot be shown in place.</p>'
    : markedText(analysis, text, view)
  return `<article class="report"${attribute('id', view.idPrefix.slice(0, -1))}${attribute('data-source', analysis.source)}>` +
    `<header class="article-head">${withTitle ? '<p class="eyebrow">Who said what</p>' : ''}${title}${facts(analysis, analysis.title === null)}</header>` +
    // in reading order as a phone shows it (speakers, key, text, timeline); wide screens put the text on the left
    `<div class="article-grid">${speakersPanel(analysis, view)}${legend(view)}<div class="article-text">${body}</div>` +
    `${timelineList(analysis, view)}</div></article>`
}

function markedText(analysis: Analysis, text: string, view: ArticleView): string {
  const furniture: Range[] = findFurniture(text, findParagraphs(text))
  const metadata = readMetadata(text)
  const marks = [
    ...furnitureMarks(furniture, metadata.marker),
    ...quoteMarks(analysis, view),
    ...dateMarks(analysis, view),
    ...figureMarks(analysis),
  ]
  let headline: Range | null = null
  if (analysis.title !== null) {
    const at = text.indexOf(analysis.title)
    const place = { start: at, end: at + analysis.title.length }
    if (at >= 0 && !overlapsAny(analysis.quotes, place.start, place.end)) headline = place
  }
  return articleBody(text, marks, { furniture, headline })
}

/** Published · Source · Words · Quotes (by type) · Speakers · Dates · Figures; the source not twice when it is the heading. */
function facts(analysis: Analysis, sourceIsHeading: boolean): string {
  const { quotes } = analysis
  const byType = (['direct', 'mixed', 'indirect'] as const)
    .map((type) => `${numberFormat.format(quotes.filter((q) => q.type === type).length)} ${type}`)
    .join(' · ')
  const published = analysis.published
    ? `<time${attribute('datetime', analysis.published)}>${escapeHtml(longDay(analysis.published))}</time>`
    : 'unknown'
  const rows: [string, string][] = [
    ['Published', published],
    ...(sourceIsHeading ? [] : [['Source', `<span class="source">${escapeHtml(sourceLabel(analysis.source))}</span>`] as [string, string]]),
    ['Words', escapeHtml(numberFormat.format(analysis.stats.words))],
    ['Quotes', `${numberFormat.format(quotes.length)} <span class="by-type">(${byType})</span>`],
    ['Speakers', numberFormat.format(analysis.speakers.length)],
    ['Dates', numberFormat.format(analysis.dates.length)],
    ['Figures', numberFormat.format(analysis.figures.length)],
  ]
  return `<dl class="facts">${rows.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`
}

/** "31 quotes · 6 speakers": the line under an article's heading in a batch (and its file, when the heading is its title). */
export function entryLine(analysis: Analysis): string {
  const counts = [count(analysis.quotes.length, 'quote'), count(analysis.speakers.length, 'speaker')]
  return (analysis.title === null ? counts : [sourceLabel(analysis.source), ...counts]).join(' · ')
}
