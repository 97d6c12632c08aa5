// `--format html`: the report as a page, written as results arrive like every other format.
//
//   one input   a page of its own: the article's title as the page's heading
//   a batch     the page's head at once; each article, as it is done, as a collapsible section
//               (<details data-source="…">, the first one open); at the end the corpus summary, which the
//               page shows on top (CSS `order`, and the script moves it there) — so a browser shows the
//               articles of a long batch while it runs, and memory holds none of them
//   --summary   a page with the corpus summary alone
import type { CorpusSummary } from '../../summary/summary-model'
import type { OutputStream } from '../output-stream'
import type { RenderOptions } from '../render-options'
import { articleReport, displayTitle, entryLine } from './article-report'
import { articleView } from './article-view'
import { corpusReport } from './corpus-report'
import { attribute, escapeHtml } from './escape'
import { pageEnd, pageStart } from './page'

const SITE = 'who said what'

export interface HtmlStreamOptions extends RenderOptions {
  summaryOnly: boolean
}

export function createHtmlStream(options: HtmlStreamOptions, write: (text: string) => void): OutputStream {
  if (options.summaryOnly) {
    return {
      article: () => {},
      failure: () => {},
      end: (summary) => write(batchStart('Corpus summary') + corpusReport(summary) + batchEnd()),
      showsSummary: true,
    }
  }
  if (!options.batch) {
    return {
      article(analysis, text) {
        const view = articleView(analysis, 1, options.explain, 2)
        write(pageStart(`${displayTitle(analysis)} · ${SITE}`, 'single') + '<main>' +
          articleReport(analysis, analysis.text ?? text, view, true) + '</main>' + pageEnd())
      },
      failure: () => {}, // one input that failed: nothing on stdout, as with JSON; stderr says why
      end: () => {},
      showsSummary: false,
    }
  }
  let articles = 0
  let started = false
  return {
    article(analysis, text) {
      if (!started) write(batchStart('Corpus report'))
      started = true
      articles++
      const view = articleView(analysis, articles, options.explain, 3)
      write(`<details class="article-entry"${attribute('data-source', analysis.source)}${articles === 1 ? ' open' : ''}>` +
        `<summary><h2>${escapeHtml(displayTitle(analysis))}</h2><span class="entry-line">${escapeHtml(entryLine(analysis))}</span></summary>` +
        `${articleReport(analysis, analysis.text ?? text, view, false)}</details>\n`)
    },
    showsSummary: true,
    failure: () => {}, // listed in the summary
    end(summary: CorpusSummary) {
      if (!started) write(batchStart('Corpus report'))
      started = true
      write(corpusReport(summary) + batchEnd())
    },
  }
}

function batchStart(title: string): string {
  return pageStart(`${title} · ${SITE}`, 'batch') +
    `<header class="page-head"><p class="eyebrow">Who said what</p><h1>${escapeHtml(title)}</h1></header>\n<main class="corpus-stack">\n`
}

function batchEnd(): string {
  return '\n</main>' + pageEnd()
}

