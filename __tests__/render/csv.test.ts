import { csvField, renderCsv } from '../../src/render/csv'
import { renderOptions } from '../../src/render/render-options'
import { sampleAnalysis } from './sample-analysis'
import { readCsv } from '../cli/csv-reader'

const parseCsv = readCsv

describe('csv renderer', () => {
  const analysis = sampleAnalysis()
  const output = renderCsv([analysis], renderOptions())
  const records = parseCsv(output)

  it('has a header and one row per quote, every record ended by CRLF', () => {
    expect(records[0]).toEqual(['source', 'quote_id', 'type', 'speaker', 'speaker_gender', 'cue', 'text', 'start', 'end'])
    expect(records).toHaveLength(analysis.quotes.length + 1)
    expect(output.endsWith('\r\n')).toBe(true)
  })

  it('reads back exactly, quote marks and line breaks included', () => {
    const genderOf = new Map(analysis.speakers.map((s) => [s.id, s.gender ?? '']))
    analysis.quotes.forEach((quote, i) => {
      expect(records[i + 1]).toEqual([
        'fixtures/seed/article.txt', quote.id, quote.type, quote.speaker ?? '', quote.speakerId ? genderOf.get(quote.speakerId) : '', quote.cue?.text ?? '',
        quote.text, String(quote.start), String(quote.end),
      ])
    })
  })

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['It is a "big" deal', '"It is a ""big"" deal"'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('rows for several articles follow one header; no articles leaves only the header', () => {
    expect(parseCsv(renderCsv([analysis, sampleAnalysis({ source: 'b.txt' })], renderOptions()))).toHaveLength(11)
    expect(renderCsv([], renderOptions())).toBe('source,quote_id,type,speaker,speaker_gender,cue,text,start,end\r\n')
  })

  it('gives each quote its speaker’s gender: "male", or empty for none and for a quote without a speaker', () => {
    expect(records.slice(1).map((r) => r[4])).toEqual(['male', 'male', 'male', '', ''])
  })
})
