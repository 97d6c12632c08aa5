import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown'
import { renderOptions } from '../../src/render/render-options'
import { LONG_QUOTE, sampleAnalysis } from './sample-analysis'

describe('markdown renderer', () => {
  const output = renderMarkdown([sampleAnalysis()], renderOptions())
  const lines = output.split('\n')

  it('has the title as heading, then the source and the counts', () => {
    expect(lines[0]).toBe('# Putin agrees to meet Zelenskiy, says Trump')
    expect(lines[2]).toBe('Source: fixtures/seed/article.txt · Published 2025-08-19 · 120 words · 5 quotes · 3 speakers · 3 dates · 4 figures')
  })

  it('has one section with a table per kind of finding', () => {
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Who said what', '## Speakers', '## Dates', '## Figures'])
    expect(output).toContain('| Speaker | Cue | Quote | Type |\n| --- | --- | --- | --- |\n')
  })

  it('keeps every table row on one line with the same number of cells, quotes whole', () => {
    const quoteRows = lines.filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    for (const row of quoteRows) expect(row.endsWith(' |')).toBe(true)
    expect(output).toContain(`| Donald Trump | wrote | ${LONG_QUOTE} | direct |`)
    expect(output).toContain('| _unknown_ | – | It is a "big" deal, really. | direct |')
  })

  it('writes an empty section as a sentence, not an empty table', () => {
    expect(renderMarkdown([sampleAnalysis({ dates: [] })], renderOptions())).toContain('## Dates\n\n_No dates found._\n')
  })

  it('adds the rule column with --explain', () => {
    const explained = renderMarkdown([sampleAnalysis()], renderOptions({ explain: true }))
    expect(explained).toContain('| direct | quote-marks / subject-before-cue |')
  })

  it.each([
    ['a | b', 'a \\| b'],
    ['*really*', '\\*really\\*'],
    ['snake_case', 'snake\\_case'],
    ['<b>', '\\<b>'],
    ['two\nlines', 'two lines'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected)
  })
})
