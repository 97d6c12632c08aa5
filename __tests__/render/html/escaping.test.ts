// Whatever an article or a path holds, it stays text: no element, no attribute, no script of its own.
import { renderHtml } from '../../../src/render/html'
import { renderOptions } from '../../../src/render/render-options'
import type { Analysis, Span } from '../../../src/model'
import { parsePage, quoteText } from './parse-page'

const TEXT = [
  '<img src=x onerror=alert(1)> headline',
  '',
  '“<script>alert(1)</script> is what we found,” said <b onmouseover=alert(2)>Eve</b>.',
  '',
  'He said "quotes" & \'apostrophes\' onerror=alert(3) would be fine by 2 <u>May</u>.',
].join('\n')

function at(words: string): Span {
  const start = TEXT.indexOf(words)
  if (start < 0) throw new Error(words)
  return { text: words, start, end: start + words.length }
}

const HOSTILE: Analysis = {
  schemaVersion: 1,
  source: 'x"><script>alert(4)</script>.txt',
  title: '<img src=x onerror=alert(1)> headline',
  published: '2025-05-01',
  text: TEXT,
  stats: { characters: TEXT.length, words: 30 },
  speakers: [
    { id: 's1', name: '<b onmouseover=alert(2)>Eve</b>', kind: 'person', title: '"><svg onload=alert(5)>', aliases: ['<i>E</i>'], quoteCount: 2 },
  ],
  quotes: [
    { id: 'q1', type: 'direct', ...at('“<script>alert(1)</script> is what we found,”'), speaker: '<b onmouseover=alert(2)>Eve</b>', speakerId: 's1',
      mention: at('<b onmouseover=alert(2)>Eve</b>'), cue: at('said'), explain: { found: '<rule>', speaker: '"rule"' } },
    { id: 'q2', type: 'indirect', ...at('"quotes" & \'apostrophes\' onerror=alert(3) would be fine by 2 <u>May</u>'), speaker: '<b onmouseover=alert(2)>Eve</b>',
      speakerId: 's1', mention: at('He'), cue: at('He said'.slice(3)), explain: { found: 'cue-clause', speaker: 'pronoun' } },
  ],
  dates: [{ ...at('2 <u>May</u>'), kind: 'date', resolved: { start: '2025-05-02', end: '2025-05-02' }, quoteId: 'q2', sentence: 'would be fine by 2 <u>May</u>.' }],
  figures: [{ ...at('2 <u>'), kind: 'count', value: 2, unit: '<unit>', context: '<ctx>', quoteId: 'q2' }],
}

describe('escaping', () => {
  for (const batch of [false, true]) {
    describe(batch ? 'in a batch page' : 'on a page of its own', () => {
      const html = renderHtml([HOSTILE], renderOptions({ explain: true, batch }))
      const doc = parsePage(html)

      it('runs only its own script and has no element or attribute from the text', () => {
        expect(doc.querySelectorAll('script').length).toBe(1)
        expect(doc.querySelectorAll('img, svg:not(.bar), b, i, u, rule').length).toBe(0)
        const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name))
        expect(handlers).toEqual([])
      })

      it('shows every quote as the very characters it holds', () => {
        expect(quoteText(doc, 'q1')).toBe('“<script>alert(1)</script> is what we found,”')
        expect(quoteText(doc, 'q2')).toBe(HOSTILE.quotes[1].text)
        expect(doc.querySelector('.mention[data-quotes="q1"]')!.textContent).toBe('<b onmouseover=alert(2)>Eve</b>')
      })

      it('keeps names, titles, paths and rules as text in attributes too', () => {
        const q1 = doc.querySelector('[data-quote-id="q1"]')!
        expect(q1.getAttribute('data-speaker')).toBe('<b onmouseover=alert(2)>Eve</b>')
        expect(q1.getAttribute('data-speaker-title')).toBe('"><svg onload=alert(5)>')
        expect([q1.getAttribute('data-rule-found'), q1.getAttribute('data-rule-speaker')]).toEqual(['<rule>', '"rule"'])
        expect(doc.querySelector('article.report')!.getAttribute('data-source')).toBe('x"><script>alert(4)</script>.txt')
        expect(doc.querySelector('.speaker-name')!.textContent).toBe('<b onmouseover=alert(2)>Eve</b>')
        expect(doc.querySelector('.article-text .fig')!.getAttribute('data-unit')).toBe('<unit>')
        expect(doc.querySelector('.timeline-list .sentence')!.textContent).toBe('would be fine by 2 <u>May</u>.')
      })

      it('writes no raw markup of the text anywhere', () => {
        expect(html).not.toMatch(/<script>alert|<img |<b on|<svg on|<u>|<i>|<rule>/)
      })
    })
  }

  it('escapes the five characters that matter, and nothing else', async () => {
    const { escapeHtml, attribute } = await import('../../../src/render/html/escape')
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> “ok” é`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; “ok” é')
    expect([attribute('data-x', 'a"b'), attribute('data-x', null), attribute('data-x', 0)]).toEqual([' data-x="a&quot;b"', '', ' data-x="0"'])
  })
})
