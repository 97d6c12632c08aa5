// The key to the marks, drawn with the very classes the text uses, so that the key and the text cannot
// disagree. Quote types differ by line, not only by colour: solid underline, dotted underline, side rule.

import { heading, type ArticleView } from './article-view'

export function legend(view: ArticleView): string {
  const items = [
    ['<span class="q q-direct c1">“Said”</span>', 'direct quote: solid line'],
    ['<span class="q q-mixed c1">reported “said”</span>', 'mixed: dotted line'],
    ['<span class="q q-indirect c1">reported</span>', 'indirect: side rule'],
    ['<span class="mention c1">Mr Name</span>', 'the speaker, named'],
    ['<span class="cue">said</span>', 'the reporting verb'],
    ['<span class="date" data-label="Mon 18 Aug">Monday</span>', 'a date and its day'],
    ['<span class="fig" data-label="2,000,000 USD">$2m</span>', 'a figure and its value'],
    ['<span class="furniture">Photo: …</span>', 'caption or credit'],
  ]
  const rows = items.map(([sample, meaning]) => `<li><span class="sample">${sample}</span> <span class="meaning">${meaning}</span></li>`)
  const how = view.explain
    ? 'Point at, tap or Tab to a quote for its speaker, cue and type, and the rules that found it.'
    : 'Point at, tap or Tab to a quote for its speaker, cue and type.'
  return `<section class="panel legend" aria-labelledby="${view.idPrefix}key">${heading(view, 'key', 'Key')}<ul class="legend-list">${rows.join('')}</ul><p class="hint">${how}</p></section>`
}
