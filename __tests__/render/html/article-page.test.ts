import { createHash } from 'node:crypto'
import { renderHtml } from '../../../src/render/html'
import { renderOptions } from '../../../src/render/render-options'
import type { Analysis } from '../../../src/model'
import { sampleAnalysis, SAMPLE_TEXT } from '../sample-analysis'
import { parsePage, quoteText, squeeze } from './parse-page'

const page = (analysis: Analysis, explain = false) => renderHtml([analysis], renderOptions({ explain }))
const sample = () => sampleAnalysis({ text: SAMPLE_TEXT })

describe('the HTML report of one article', () => {
  const html = page(sample())
  const doc = parsePage(html)

  it('is one whole document with the title as its heading', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html.endsWith('</html>\n')).toBe(true)
    expect(doc.querySelector('title')!.textContent).toBe('Putin agrees to meet Zelenskiy, says Trump · who said what')
    expect(doc.querySelector('h1')!.textContent).toBe('Putin agrees to meet Zelenskiy, says Trump')
    expect(doc.querySelector('article.report')!.getAttribute('data-source')).toBe('fixtures/seed/article.txt')
  })

  it('has one [data-quote-id] element per quote, with its speaker id and type, reading the quote’s words', () => {
    const analysis = sample()
    const elements = [...doc.querySelectorAll('[data-quote-id]')]
    expect(elements.map((el) => el.getAttribute('data-quote-id'))).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    for (const quote of analysis.quotes) {
      const el = doc.querySelector(`[data-quote-id="${quote.id}"]`)!
      expect([el.getAttribute('data-speaker-id'), el.getAttribute('data-type')]).toEqual([quote.speakerId ?? '', quote.type])
      expect(el.classList.contains(`q-${quote.type}`)).toBe(true)
      expect(el.getAttribute('tabindex')).toBe('0')
      expect(squeeze(quoteText(doc, quote.id))).toBe(squeeze(quote.text))
    }
  })

  it('continues a quote cut by a line break in a second piece that has no id of its own', () => {
    // q5 is “It is a "big" deal,\nreally.”: two paragraphs of the analyser's
    const pieces = [...doc.querySelectorAll('[data-quote-continues]')]
    expect(pieces.map((el) => [el.getAttribute('data-quote-continues'), el.textContent, el.hasAttribute('id')])).toEqual([['q5', 'really.', false]])
    expect(doc.querySelector('[data-quote-id="q5"]')!.textContent).toBe('It is a "big" deal,')
  })

  it('marks who is named and the cue verb, tied to their quotes', () => {
    const mention = doc.querySelector('.mention[data-quotes="q2"]')!
    expect([mention.textContent, mention.getAttribute('data-speaker-id')]).toEqual(['Mr Trump', 's1'])
    expect(doc.querySelector('.cue[data-quotes="q2"]')!.textContent).toBe('wrote')
    expect(doc.querySelector('.cue[data-quotes="q1"]')!.textContent).toBe('according to')
  })

  it('colours a speaker’s quotes, mentions and panel row alike, the most quoted first', () => {
    const slot = (selector: string) => [...doc.querySelector(selector)!.classList].find((c) => /^c\d$/.test(c))
    expect([slot('[data-quote-id="q2"]'), slot('.mention[data-quotes="q2"]'), slot('.speakers [data-speaker-id="s1"]')]).toEqual(['c1', 'c1', 'c1'])
    expect(slot('[data-quote-id="q5"]')).toBe('c0') // nobody said it
    expect([...doc.querySelectorAll('.speakers [data-speaker-id]')].map((el) => el.getAttribute('data-speaker-id'))).toEqual(['s1', 's2', 's3'])
    expect(doc.querySelector('.speakers [data-unattributed] .speaker-count')!.textContent).toBe('1 quote')
  })

  it('shows a date’s day and a figure’s value where the words do not say it', () => {
    const deadline = doc.querySelector('.date[data-resolved="2025-08-19/2025-08-29"]')!
    expect([deadline.textContent, deadline.getAttribute('data-label')]).toEqual(['within 10 days', '19–29 Aug 2025'])
    const money = doc.querySelector('.fig[data-kind="money"]')!
    expect([money.textContent, money.getAttribute('data-label'), money.getAttribute('data-value')]).toEqual(['$90 billion', '90,000,000,000 USD', '90000000000'])
    const days = [...doc.querySelectorAll('.fig')].find((el) => el.textContent === '10 days')!
    expect(days.hasAttribute('data-label')).toBe(false) // "10 days" says 10 days
  })

  it('lists the resolved dates in order in the timeline, each linked to its place in the text', () => {
    const items = [...doc.querySelectorAll('.timeline-list li')]
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2025-08-19', '2025-08-19'])
    const links = items.map((li) => li.querySelector('a')!.getAttribute('href')!)
    expect(links).toEqual(['#a1-d2', '#a1-d1']) // same start: the shorter period (to 29 Aug) first
    for (const link of links) expect(doc.getElementById(link.slice(1))).not.toBeNull()
  })

  it('shows the rules behind a quote only with --explain', () => {
    expect(doc.querySelector('[data-rule-found]')).toBeNull()
    const explained = parsePage(page(sample(), true)).querySelector('[data-quote-id="q2"]')!
    expect([explained.getAttribute('data-rule-found'), explained.getAttribute('data-rule-speaker')]).toEqual(['quote-marks', 'subject-before-cue'])
    expect(explained.getAttribute('title')).toContain('found by: quote-marks')
  })

  it('keeps each quote’s details in its title for a reader without scripts', () => {
    expect(doc.querySelector('[data-quote-id="q2"]')!.getAttribute('title')).toBe('Donald Trump, US president\ndirect quote\ncue: wrote\nnamed as: Mr Trump')
    expect(doc.querySelector('[data-quote-id="q5"]')!.getAttribute('title')).toBe('No speaker found\ndirect quote')
  })

  it('says so when the analysis does not carry the text, and still lists the speakers', () => {
    const without = parsePage(page(sampleAnalysis()))
    expect(without.querySelector('.article-text')!.textContent).toContain('text is not part of this analysis')
    expect(without.querySelectorAll('.speakers [data-speaker-id]').length).toBe(3)
  })
})

describe('the page is self-contained and admits nothing else', () => {
  const html = page(sample())
  const doc = parsePage(html)

  it('loads nothing: no src, no external link, no @import or url() in its style', () => {
    expect(doc.querySelectorAll('[src], link, img, iframe, object, embed').length).toBe(0)
    for (const a of doc.querySelectorAll('[href]')) expect(a.getAttribute('href')!.startsWith('#')).toBe(true)
    expect(doc.querySelector('style')!.textContent).not.toMatch(/@import|url\(/)
  })

  it('has a Content-Security-Policy that allows only its own style and script, by hash', () => {
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain(`style-src ${sha(doc.querySelector('style')!.textContent!)};`)
    expect(policy).toContain(`script-src ${sha(doc.querySelector('script')!.textContent!)};`)
    // a style attribute would be blocked by that policy: none is written
    expect(doc.querySelectorAll('[style]').length).toBe(0)
  })
})
