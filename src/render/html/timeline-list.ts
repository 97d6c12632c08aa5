// The timeline: the article's resolved dates in calendar order, each with its sentence, the expression in
// it linked to its place in the text, and who said it when it stands in a quote —
//   Mon 18 Aug 2025   Mr Zelenskiy said on [Monday] evening that security guarantees …   Volodymyr Zelenskiy
import type { Analysis, DateMention } from '../../model'
import { timelineEntries } from '../timeline'
import { describePeriod } from './day-format'
import { attribute, escapeHtml } from './escape'
import { heading, type ArticleView } from './article-view'

export function timelineList(analysis: Analysis, view: ArticleView): string {
  const { slots, idPrefix } = view
  const entries = timelineEntries(analysis)
  const open = `<section class="timeline" aria-labelledby="${idPrefix}timeline">${heading(view, 'timeline', 'Timeline')}`
  if (entries.length === 0) {
    const why = analysis.published ? '' : ' The publication date is unknown: give it with --date to resolve “on Monday” or “next week”.'
    return `${open}<p class="empty">No resolved dates.${escapeHtml(why)}</p></section>`
  }
  const indexOf = new Map(analysis.dates.map((d, i) => [d, i]))
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]))
  const items = entries.map((date) => {
    const quote = date.quoteId === null ? undefined : quotes.get(date.quoteId)
    let who = ''
    if (quote) {
      const slot = quote.speakerId === null ? 0 : (slots.get(quote.speakerId) ?? 0)
      who = `<span class="said-by c${slot}"${attribute('data-speaker-id', quote.speakerId ?? '')}>${escapeHtml(quote.speaker ?? 'speaker unknown')}</span>`
    }
    const link = `#${idPrefix}d${indexOf.get(date)! + 1}`
    return `<li><time${attribute('datetime', date.resolved!.start)}>${escapeHtml(describePeriod(date.resolved!))}</time>` +
      `<p class="sentence">${sentenceWithExpression(date, link)}</p>${who}</li>`
  })
  return `${open}<ol class="timeline-list">${items.join('')}</ol></section>`
}

/** The sentence with the date's own words made a link to the date in the text. */
function sentenceWithExpression(date: DateMention, link: string): string {
  const words = date.text.replace(/\s+/g, ' ')
  const at = date.sentence.indexOf(words)
  const anchor = (text: string) => `<a${attribute('href', link)}>${escapeHtml(text)}</a>`
  if (at < 0) return `${anchor(words)}: ${escapeHtml(date.sentence)}`
  return escapeHtml(date.sentence.slice(0, at)) + anchor(words) + escapeHtml(date.sentence.slice(at + words.length))
}
