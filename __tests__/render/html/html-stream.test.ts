// --format html written as results arrive: the page's head first, each article as it is done, the summary last.
import { createOutputStream } from '../../../src/render/output-stream'
import { renderOptions } from '../../../src/render/render-options'
import { renderHtml } from '../../../src/render/html'
import { summarize } from '../../../src/summary/corpus-summary'
import type { ErrorRecord } from '../../../src/model'
import { sampleAnalysis, SAMPLE_TEXT } from '../sample-analysis'
import { parsePage } from './parse-page'

const a = sampleAnalysis({ source: 'a.txt', title: 'First article' })
const b = sampleAnalysis({ source: 'b.txt', title: 'Second article' })
const failure: ErrorRecord = { source: 'photo.txt', error: 'binary file (not text): looks like a PNG image' }

function writes(batch: boolean, summaryOnly = false) {
  const pieces: string[] = []
  const output = createOutputStream('html', { ...renderOptions({ batch }), summaryOnly }, (text) => pieces.push(text))
  return { pieces, output }
}

describe('html output stream', () => {
  it('writes a batch page piece by piece: each article as it comes, the summary at the end', () => {
    const { pieces, output } = writes(true)
    output.article(a, SAMPLE_TEXT)
    expect(pieces.join('')).toContain('data-source="a.txt"')
    expect(pieces.join('')).not.toContain('id="summary"')
    output.failure(failure)
    output.article(b, SAMPLE_TEXT)
    const before = pieces.length
    output.end(summarize([a, b], [failure]))
    expect(pieces.length).toBe(before + 1)
    expect(pieces[pieces.length - 1]).toMatch(/^<section id="summary"[\s\S]*<\/html>\n$/)

    const doc = parsePage(pieces.join(''))
    const sections = [...doc.querySelectorAll('details.article-entry')]
    expect(sections.map((s) => [s.getAttribute('data-source'), s.hasAttribute('open'), s.querySelector('summary h2')!.textContent]))
      .toEqual([['a.txt', true, 'First article'], ['b.txt', false, 'Second article']])
    // each article's quotes in place, ids unique on the page
    expect(doc.querySelectorAll('[data-quote-id]').length).toBe(10)
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(doc.querySelector('#a2-q1')!.closest('details')!.getAttribute('data-source')).toBe('b.txt')
  })

  it('shows the corpus summary: counts, the most quoted speakers as bars, quotes by type, the failures', () => {
    const { pieces, output } = writes(true)
    output.article(a, SAMPLE_TEXT)
    output.article(b, SAMPLE_TEXT)
    output.end(summarize([a, b], [failure]))
    const summary = parsePage(pieces.join('')).querySelector('#summary')!
    const facts = [...summary.querySelectorAll('.facts div')].map((d) => d.textContent)
    expect(facts).toEqual(['Articles2', 'Words240', 'Quotes10', 'Speakers3', 'Failed1'])
    const rows = [...summary.querySelectorAll('.most-quoted .chart-row')]
    expect(rows.map((r) => [r.querySelector('.chart-name')!.textContent, r.querySelector('.chart-value')!.textContent, r.querySelector('rect')!.getAttribute('width')]))
      .toEqual([['Donald Trump', '4', '100.0'], ['Friedrich Merz', '2', '50.0'], ['Volodymyr Zelenskiy', '2', '50.0']])
    const types = [...summary.querySelectorAll('.by-type .chart-row')].map((r) => r.querySelector('.chart-value')!.textContent)
    expect(types).toEqual(['6 60%', '2 20%', '2 20%'])
    expect(summary.querySelector('.failure-list')!.textContent).toBe('photo.txt binary file (not text): looks like a PNG image')
  })

  it('is the same page, streamed or rendered at once', () => {
    const { pieces, output } = writes(true)
    output.article(a)
    output.article(b)
    output.end(summarize([a, b]))
    expect(pieces.join('')).toBe(renderHtml([a, b], renderOptions({ batch: true })))
  })

  it('writes a batch page even when every input failed', () => {
    const { pieces, output } = writes(true)
    output.failure(failure)
    output.end(summarize([], [failure]))
    const doc = parsePage(pieces.join(''))
    expect(doc.querySelectorAll('details.article-entry').length).toBe(0)
    expect(doc.querySelector('#summary .failure-list li')!.textContent).toContain('photo.txt')
  })

  it('writes nothing for one input that failed, as JSON does', () => {
    const { pieces, output } = writes(false)
    output.failure(failure)
    output.end(summarize([], [failure]))
    expect(pieces).toEqual([])
  })

  it('with --summary writes a page with the summary alone', () => {
    const { pieces, output } = writes(true, true)
    output.article(a, SAMPLE_TEXT)
    output.end(summarize([a]))
    const doc = parsePage(pieces.join(''))
    expect(doc.querySelector('#summary')).not.toBeNull()
    expect(doc.querySelectorAll('article, [data-quote-id]').length).toBe(0)
  })

  it('uses the text carried by the analysis before the one handed beside it', () => {
    const { pieces, output } = writes(false)
    output.article({ ...a, text: SAMPLE_TEXT }, 'not this')
    expect(parsePage(pieces.join('')).querySelectorAll('[data-quote-id]').length).toBe(5)
  })
})
