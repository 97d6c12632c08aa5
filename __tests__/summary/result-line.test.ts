import { readResultLine } from '../../src/summary/result-line'

describe('readResultLine: a line of --format ndjson output, read back', () => {
  const article = { schemaVersion: 1, source: 'a.txt', title: null, stats: { characters: 10, words: 2 }, speakers: [], quotes: [], dates: [], figures: [] }

  it.each<[string, Record<string, unknown>, unknown]>([
    ['an article', article, { kind: 'article', analysis: article }],
    ['a failed input', { source: 'photo.txt', error: 'binary file (not text)' }, { kind: 'failure', record: { source: 'photo.txt', error: 'binary file (not text)' } }],
    ['a failed record, with its id', { source: 'e.ndjson#3', id: '3', error: 'not JSON' }, { kind: 'failure', record: { source: 'e.ndjson#3', id: '3', error: 'not JSON' } }],
    ['a record of the export itself, given by mistake', { id: 7, text: 'words' }, { kind: 'other', problem: 'not a result of analyze --format ndjson (an article with "schemaVersion", or {"source", "error"})' }],
    ['an article without its speakers', { ...article, speakers: undefined }, { kind: 'other', problem: 'not a result of analyze --format ndjson (an article with "schemaVersion", or {"source", "error"})' }],
    ['a later schema', { ...article, schemaVersion: 2 }, { kind: 'other', problem: 'a result of schema version 2, which this version does not read' }],
  ])('%s', (_, value, expected) => {
    expect(readResultLine(value)).toEqual(expected)
  })
})
