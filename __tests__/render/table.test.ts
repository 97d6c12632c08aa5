import { renderTable } from '../../src/render/table'
import { renderOptions } from '../../src/render/render-options'
import { LONG_QUOTE, sampleAnalysis } from './sample-analysis'
import { ANSI_ESCAPE, columnText, longestLine } from './visible'

describe('table renderer', () => {
  describe.each([40, 80, 120, 200])('at --width %i', (width) => {
    it.each([0, 1] as const)('never prints a line wider than the width (colour level %i)', (colorLevel) => {
      const output = renderTable([sampleAnalysis()], renderOptions({ width, colorLevel }))
      expect(longestLine(output)).toBeLessThanOrEqual(width)
    })

    it('stays within the width with --full and --explain', () => {
      const output = renderTable([sampleAnalysis()], renderOptions({ width, full: true, explain: true }))
      expect(longestLine(output)).toBeLessThanOrEqual(width)
    })
  })

  it('uses the room it is given: at 200 columns the quote table is wider than 80', () => {
    const output = renderTable([sampleAnalysis()], renderOptions({ width: 200 }))
    expect(longestLine(output)).toBeGreaterThan(80)
  })

  it('starts with the source, the title and a summary of the counts', () => {
    const lines = renderTable([sampleAnalysis()], renderOptions({ width: 120 })).split('\n')
    expect(lines[0]).toBe('fixtures/seed/article.txt')
    expect(lines[1]).toBe('Putin agrees to meet Zelenskiy, says Trump')
    expect(lines[2]).toBe('Published 2025-08-19 · 120 words · 5 quotes · 3 speakers · 3 dates · 4 figures')
  })

  it('says when the publication date is unknown and leaves out a missing title', () => {
    const lines = renderTable([sampleAnalysis({ title: null, published: null })], renderOptions({ width: 120 })).split('\n')
    expect(lines[1]).toMatch(/^Publication date unknown · /)
  })

  it('shortens a long quote with … at 80 columns', () => {
    const quotes = columnText(renderTable([sampleAnalysis()], renderOptions({ width: 80 })), 2)
    expect(quotes).toContain('At the conclusion of the meetings,')
    expect(quotes).toContain('…')
    expect(quotes).not.toContain('between President Putin and President Zelenskiy,')
  })

  it('shows the long quote whole with --full', () => {
    const quotes = columnText(renderTable([sampleAnalysis()], renderOptions({ width: 80, full: true })), 2)
    expect(quotes).toContain(LONG_QUOTE)
    expect(quotes).not.toContain('…')
  })

  it('shows "unknown" for a quote without a speaker, and the cue verbs', () => {
    const output = renderTable([sampleAnalysis()], renderOptions({ width: 120 }))
    expect(columnText(output, 0).split(' ')).toContain('unknown')
    expect(columnText(output, 1)).toBe('according to wrote told said –')
    expect(columnText(output, 3)).toBe('indirect direct direct mixed direct')
  })

  it('writes no escape codes with colour off, and some with colour on', () => {
    expect(renderTable([sampleAnalysis()], renderOptions({ colorLevel: 0 }))).not.toContain(ANSI_ESCAPE)
    expect(renderTable([sampleAnalysis()], renderOptions({ colorLevel: 1 }))).toContain(ANSI_ESCAPE)
  })

  it('shows the rule names only with --explain', () => {
    const plain = renderTable([sampleAnalysis()], renderOptions({ width: 200 }))
    const explained = renderTable([sampleAnalysis()], renderOptions({ width: 200, explain: true }))
    expect(plain).not.toContain('quote-marks')
    expect(columnText(explained, 4)).toContain('quote-marks / subject-before-cue')
    expect(columnText(explained, 4)).toContain('quote-marks / –')
  })

  it('lists speakers with title, kind, gender and number of quotes', () => {
    const output = renderTable([sampleAnalysis()], renderOptions({ width: 120 }))
    expect(columnText(output, 0, 1)).toBe('Donald Trump Friedrich Merz Volodymyr Zelenskiy')
    expect(columnText(output, 1, 1)).toBe('US president German chancellor Ukrainian president')
    expect(columnText(output, 3, 1)).toBe('male male (first name) – (conflicting)')
    expect(columnText(output, 4, 1)).toBe('2 1 1')
  })

  it('lists dates with the resolved period and who said them', () => {
    const output = renderTable([sampleAnalysis()], renderOptions({ width: 200 }))
    expect(columnText(output, 2, 2)).toBe('2025-08-19 – 2025-09-02 2025-08-19 – 2025-08-29 –')
    expect(columnText(output, 3, 2)).toBe('Friedrich Merz Volodymyr Zelenskiy')
  })

  it('lists figures with the normalised value and unit', () => {
    const output = renderTable([sampleAnalysis()], renderOptions({ width: 200 }))
    expect(columnText(output, 1, 3)).toBe('90,000,000,000 USD 10 day 2–3 week –')
    expect(columnText(output, 3, 3)).toBe('Volodymyr Zelenskiy Friedrich Merz unknown')
  })

  it('prints a short line instead of an empty table', () => {
    const output = renderTable([sampleAnalysis({ dates: [], figures: [] })], renderOptions({ width: 80 }))
    expect(output).toContain('\nDates\nNo dates found\n')
    expect(output).toContain('\nFigures\nNo figures found\n')
    expect(output.split('┌')).toHaveLength(3) // quotes and speakers only
  })

  it('prints several articles one after another, each under its source', () => {
    const output = renderTable(
      [sampleAnalysis({ source: 'first.txt' }), sampleAnalysis({ source: 'second.txt' })],
      renderOptions({ width: 80 }),
    )
    expect(output.indexOf('first.txt\n')).toBe(0)
    expect(output.indexOf('\nsecond.txt\n')).toBeGreaterThan(output.indexOf('Figures (4)'))
    expect(output.split('Who said what (5)')).toHaveLength(3)
  })

  it('calls "-" standard input', () => {
    expect(renderTable([sampleAnalysis({ source: '-' })], renderOptions()).split('\n')[0]).toBe('standard input')
  })
})
