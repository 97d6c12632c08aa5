// The corpus summary of a batch page: the headline counts, the most quoted speakers as a bar chart, quotes
// by type, the quotes repeated across articles, and the inputs that failed. Written last, when the counts are known (html-stream.ts): the page
// shows it first all the same (CSS order, and the script moves it up for screen readers and keyboards).
import type { CorpusSummary } from '../../summary/summary-model'
import { corpusSections, TOP_FAILURES, TOP_REPEATED } from '../corpus-sections'
import { count } from '../describe'
import { escapeHtml } from './escape'
import { bar } from './speakers-panel'

/** Speakers in the chart: a chart of more bars than this is read as a texture, not a ranking. */
export const CHART_SPEAKERS = 15

const numberFormat = new Intl.NumberFormat('en-US')
const number = (n: number) => numberFormat.format(n)
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`)

export function corpusReport(summary: CorpusSummary): string {
  const facts: [string, string][] = [
    ['Articles', number(summary.articles)],
    ['Words', number(summary.words)],
    ['Quotes', number(summary.quotes.total)],
    ['Speakers', number(summary.speakers.length)],
    ['Failed', number(summary.failed)],
  ]
  const [byType, , byGender, repeated, failed] = corpusSections(summary)
  return `<section id="summary" class="corpus-summary" aria-labelledby="summary-title">` +
    `<h2 id="summary-title">Corpus summary</h2>` +
    `<dl class="facts">${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>` +
    `<div class="summary-grid">${mostQuoted(summary)}${quotesByType(summary, byType.notes)}${voicesByGender(summary, byGender.notes)}${repeatedQuotes(summary, repeated.notes)}${failures(summary, failed.notes)}</div></section>`
}

/** People quoted by gender, with their share of the people and of the quotes; the share of women in a note. */
function voicesByGender(summary: CorpusSummary, notes: string[]): string {
  const { gender } = summary
  const title = '<h3>Voices by gender</h3>'
  const people = gender.female.speakers + gender.male.speakers + gender.unknown.speakers
  if (people === 0) return `<section class="chart by-gender">${title}<p class="empty">No people quoted.</p></section>`
  const quotes = gender.female.quotes + gender.male.quotes + gender.unknown.quotes
  const most = Math.max(gender.female.speakers, gender.male.speakers, gender.unknown.speakers)
  const rows = (['female', 'male', 'unknown'] as const).map((g) =>
    `<li class="chart-row c0" data-gender="${g}"><span class="chart-label"><span class="chart-name">${g}</span>` +
    `<span class="chart-meta">${escapeHtml(`${count(gender[g].quotes, 'quote')} (${percent(gender[g].quotes, quotes)})`)}</span></span>` +
    `${bar(gender[g].speakers / most)}<span class="chart-value">${number(gender[g].speakers)} <span class="share">${percent(gender[g].speakers, people)}</span></span></li>`)
  return `<section class="chart by-gender">${title}<p class="chart-unit">people</p><ol class="chart-rows">${rows.join('')}</ol>${notesHtml(notes.map((n) => `${n}.`))}</section>`
}

function mostQuoted(summary: CorpusSummary): string {
  const shown = summary.speakers.slice(0, CHART_SPEAKERS)
  const title = '<h3>Most-quoted speakers</h3>'
  if (shown.length === 0) return `<section class="chart most-quoted">${title}<p class="empty">No speakers found.</p></section>`
  const most = Math.max(1, ...shown.map((s) => s.quoteCount))
  const rows = shown.map((s) =>
    `<li class="chart-row c1"><span class="chart-label"><span class="chart-name">${escapeHtml(s.name)}</span>` +
    `<span class="chart-meta">${escapeHtml([s.kind === 'organization' ? 'organisation' : s.kind, s.gender, count(s.articleCount, 'article')].filter(Boolean).join(' · '))}</span></span>` +
    `${bar(s.quoteCount / most)}<span class="chart-value">${number(s.quoteCount)}</span></li>`)
  const notes: string[] = []
  if (summary.speakers.length > shown.length) notes.push(`The ${shown.length} most quoted of ${number(summary.speakers.length)} speakers; --format json lists them all.`)
  if (summary.anonymous.quoteCount > 0) {
    notes.push(`Unnamed sources, not merged across articles: ${count(summary.anonymous.quoteCount, 'quote')} in ${count(summary.anonymous.articleCount, 'article')}.`)
  }
  return `<section class="chart most-quoted">${title}<p class="chart-unit">quotes</p><ol class="chart-rows">${rows.join('')}</ol>${notesHtml(notes)}</section>`
}

function quotesByType(summary: CorpusSummary, notes: string[]): string {
  const { quotes } = summary
  const title = '<h3>Quotes by type</h3>'
  if (quotes.total === 0) return `<section class="chart by-type">${title}<p class="empty">No quotes found.</p></section>`
  const most = Math.max(quotes.direct, quotes.mixed, quotes.indirect)
  const rows = (['direct', 'mixed', 'indirect'] as const).map((type) =>
    `<li class="chart-row c0"><span class="chart-label"><span class="chart-name">${type}</span></span>` +
    `${bar(quotes[type] / most)}<span class="chart-value">${number(quotes[type])} <span class="share">${percent(quotes[type], quotes.total)}</span></span></li>`)
  return `<section class="chart by-type">${title}<ol class="chart-rows">${rows.join('')}</ol>${notesHtml(notes.map((n) => `${n}.`))}</section>`
}

function repeatedQuotes(summary: CorpusSummary, notes: string[]): string {
  const title = '<h3>Quotes repeated across articles</h3>'
  if (summary.repeatedQuotes.length === 0) return `<section class="repeated">${title}<p class="empty">None: no quote has the same speaker in two articles.</p></section>`
  const rows = summary.repeatedQuotes.slice(0, TOP_REPEATED).map((q) =>
    `<li><span class="quote">${escapeHtml(q.text)}</span> <span class="reason">${escapeHtml(`${q.speaker} · ${count(q.articleCount, 'article')}`)}</span></li>`)
  return `<section class="repeated">${title}<ol class="repeated-list">${rows.join('')}</ol>${notesHtml(notes.map((n) => `${n}.`))}</section>`
}

function failures(summary: CorpusSummary, notes: string[]): string {
  const title = '<h3>Failed inputs</h3>'
  if (summary.failures.length === 0) return `<section class="failures">${title}<p class="empty">None: every input was analysed.</p></section>`
  const rows = summary.failures.slice(0, TOP_FAILURES).map((f) =>
    `<li><span class="source">${escapeHtml(f.source === '-' ? 'standard input' : f.source)}</span> <span class="reason">${escapeHtml(f.error)}</span></li>`)
  return `<section class="failures">${title}<ul class="failure-list">${rows.join('')}</ul>${notesHtml(notes.map((n) => `${n}.`))}</section>`
}

function notesHtml(notes: string[]): string {
  return notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('')
}
