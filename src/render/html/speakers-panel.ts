// The speakers panel: one row a speaker, most quoted first, in the colour their quotes are marked in —
//   ■ Donald Trump   US president · person   ██████████ 10
// With the script, each row is a toggle that dims every other speaker's quotes (page-script.ts).
import type { Analysis, Speaker } from '../../model'
import { count } from '../describe'
import { describeGender } from '../gender-labels'
import { attribute, escapeHtml } from './escape'
import { rankSpeakers } from './palette'
import { heading, type ArticleView } from './article-view'

const KIND_LABEL: Record<Speaker['kind'], string> = {
  person: 'person',
  organization: 'organisation',
  group: 'group',
  anonymous: 'unnamed source',
}

/** A horizontal bar, `share` of the row's width (0–1); drawn in the row's ink. SVG, so no inline style is needed. */
export function bar(share: number): string {
  const width = Math.max(0, Math.min(100, share * 100))
  return `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${width.toFixed(1)}" height="8"/></svg>`
}

/** Speakers in colour order: the most quoted first. */
export function speakersPanel(analysis: Analysis, view: ArticleView): string {
  const { slots, idPrefix } = view
  const title = heading(view, 'speakers', `Speakers <span class="heading-count">${analysis.speakers.length}</span>`)
  const unattributed = analysis.quotes.filter((q) => q.speakerId === null).length
  if (analysis.speakers.length === 0 && unattributed === 0) {
    return `<section class="panel speakers" aria-labelledby="${idPrefix}speakers">${title}<p class="empty">No quotes found.</p></section>`
  }
  const most = Math.max(1, unattributed, ...analysis.speakers.map((s) => s.quoteCount))
  const rows = rankSpeakers(analysis).map((speaker) => {
    // "US president · person · male"; "– (conflicting)" when the article's words disagree
    const gender = speaker.gender || speaker.genderConflict ? describeGender(speaker) : null
    const details = [speaker.title, KIND_LABEL[speaker.kind], gender].filter((x): x is string => Boolean(x))
    const aliases = speaker.aliases.length > 0 ? `<span class="aliases">also ${escapeHtml(speaker.aliases.join(', '))}</span>` : ''
    return `<li class="speaker c${slots.get(speaker.id) ?? 0}"${attribute('data-speaker-id', speaker.id)}${attribute('data-gender', speaker.gender ?? null)}>` +
      `<button type="button" class="speaker-toggle" aria-pressed="false">` +
      `<span class="swatch" aria-hidden="true"></span><span class="speaker-name">${escapeHtml(speaker.name)}</span>` +
      `<span class="speaker-meta">${escapeHtml(details.join(' · '))}</span>${aliases}` +
      `${bar(speaker.quoteCount / most)}<span class="speaker-count">${escapeHtml(count(speaker.quoteCount, 'quote'))}</span></button></li>`
  })
  if (unattributed > 0) {
    rows.push(`<li class="speaker c0" data-unattributed=""><button type="button" class="speaker-toggle" aria-pressed="false">` +
      `<span class="swatch" aria-hidden="true"></span><span class="speaker-name">No speaker found</span><span class="speaker-meta">quotes nobody could be linked to</span>` +
      `${bar(unattributed / most)}<span class="speaker-count">${escapeHtml(count(unattributed, 'quote'))}</span></button></li>`)
  }
  return `<section class="panel speakers" aria-labelledby="${idPrefix}speakers">${title}` +
    `<p class="hint scripted-only">Select a speaker to see only their quotes.</p><p class="filter-status" aria-live="polite"></p><ol class="speaker-list">${rows.join('')}</ol></section>`
}
