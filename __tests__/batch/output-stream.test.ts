// Output written piece by piece as results arrive must join up to what the whole-list renderers give.
import { createOutputStream } from '../../src/render/output-stream'
import { renderOptions } from '../../src/render/render-options'
import { RENDERERS } from '../../src/render'
import { ndjsonLine } from '../../src/render/ndjson'
import { summarize } from '../../src/summary/corpus-summary'
import type { Format } from '../../src/render/formats'
import type { ErrorRecord } from '../../src/model'
import { sampleAnalysis } from '../render/sample-analysis'

const a = sampleAnalysis({ source: 'a.txt' })
const b = sampleAnalysis({ source: 'b, "the other".txt' })
const failure: ErrorRecord = { source: 'photo.txt', error: 'binary file (not text): looks like a PNG image' }

function stream(format: Format, batch: boolean, summaryOnly = false, results: Array<'a' | 'b' | 'fail'> = ['a', 'fail', 'b']) {
  let out = ''
  const output = createOutputStream(format, { ...renderOptions({ batch }), summaryOnly }, (text) => (out += text))
  const analyses = []
  const failures = []
  for (const result of results) {
    if (result === 'fail') {
      output.failure(failure)
      failures.push(failure)
    } else {
      const analysis = result === 'a' ? a : b
      output.article(analysis)
      analyses.push(analysis)
    }
  }
  output.end(summarize(analyses, failures))
  return out
}

describe('output stream', () => {
  it.each<Format>(['table', 'markdown', 'csv'])('%s: the pieces join up to the renderer’s whole output', (format) => {
    expect(stream(format, true)).toBe(RENDERERS[format]([a, b], renderOptions({ batch: true })))
  })

  it('ndjson: one line an article and one {source, error} line a failure, each valid JSON', () => {
    const lines = stream('ndjson', true).split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line))).toEqual([a, { source: 'photo.txt', error: failure.error }, b])
  })

  it('ndjson lets a worker render its articles: a line from ndjsonLine, written as it is, is what article() writes', () => {
    let out = ''
    const output = createOutputStream('ndjson', { ...renderOptions({ batch: true }), summaryOnly: false }, (text) => (out += text))
    expect(output.workerRender?.format).toBe('ndjson')
    output.article(b)
    const here = out
    out = ''
    output.workerRender?.write(ndjsonLine(b))
    expect(out).toBe(here)
  })

  it('no other format, nor ndjson under --summary, lets a worker render its articles', () => {
    for (const format of ['table', 'markdown', 'timeline', 'csv', 'json', 'html'] as Format[]) {
      for (const batch of [true, false]) expect(createOutputStream(format, { ...renderOptions({ batch }), summaryOnly: false }, () => {}).workerRender).toBeUndefined()
    }
    expect(createOutputStream('ndjson', { ...renderOptions({ batch: true }), summaryOnly: true }, () => {}).workerRender).toBeUndefined()
  })

  it('json for a batch: the whole document, byte for byte JSON.stringify of it, failures in "errors"', () => {
    const summary = summarize([a, b], [failure])
    expect(stream('json', true)).toBe(JSON.stringify({ articles: [a, b], errors: [failure], summary }, null, 2) + '\n')
  })

  it('json for a batch with nothing readable is still a document', () => {
    expect(JSON.parse(stream('json', true, false, ['fail']))).toEqual({ articles: [], errors: [failure], summary: summarize([], [failure]) })
  })

  it('json for one input: the article itself, and nothing when it failed', () => {
    expect(stream('json', false, false, ['a'])).toBe(JSON.stringify(a, null, 2) + '\n')
    expect(stream('json', false, false, ['fail'])).toBe('')
  })

  it('csv: the header for a batch even when nothing could be read, nothing for one failed input', () => {
    expect(stream('csv', true, false, ['fail'])).toBe('source,quote_id,type,speaker,speaker_gender,cue,text,start,end\r\n')
    expect(stream('csv', false, false, ['fail'])).toBe('')
  })

  it('--summary: only the corpus view, in the format asked for', () => {
    const table = stream('table', true, true)
    expect(table).toMatch(/^Corpus · 2 articles · 240 words · 10 quotes · 1 failed\n/)
    expect(table).toContain('Speakers across articles')
    expect(table).toContain('photo.txt')
    expect(table).not.toContain('Who said what')
    expect(stream('markdown', true, true)).toMatch(/^# Corpus · 2 articles/)
    expect(JSON.parse(stream('json', true, true))).toEqual({ summary: summarize([a, b], [failure]) })
  })
})
