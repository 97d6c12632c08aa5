import { analyze } from '../../src/analyze'
import { renderTimeline, timelineEntries } from '../../src/render/timeline'
import { renderOptions } from '../../src/render/render-options'

const article = [
  'Mr Zelenskiy said on Monday that talks would go on.',
  '“We will meet again next week,” said Anna Berg, a spokeswoman.',
  'The war began in February 2022.',
].join('\n\n')

describe('timeline', () => {
  const a = analyze(article, { published: '2025-08-19' })

  test('resolved dates in calendar order, each with its sentence and speaker', () => {
    const entries = timelineEntries(a)
    expect(entries.map((d) => [d.text, d.resolved?.start])).toEqual([
      ['February 2022', '2022-02-01'],
      ['Monday', '2025-08-18'],
      ['next week', '2025-08-25'],
    ])
    expect(entries[1].sentence).toBe('Mr Zelenskiy said on Monday that talks would go on.')
  })

  test('the table names who said a date and fits the width', () => {
    for (const width of [80, 200]) {
      const out = renderTimeline([a], renderOptions({ width }))
      expect(out).toContain('Anna Berg')
      expect(out).toContain('2025-08-25 – 2025-08-31')
      for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(width)
    }
  })

  test('without a publication date nothing relative is placed on the timeline', () => {
    const out = renderTimeline([analyze(article)], renderOptions({ width: 80 }))
    expect(out).not.toContain('2025-08-18')
    expect(out).toContain('February 2022')
  })
})
