// Output written as results arrive, for every format: a batch of thousands of articles never sits in
// memory waiting to be rendered. Each piece is rendered by the same pure renderers as a single article,
// and the pieces join up to exactly what those renderers give for the whole list.
//
//   table, markdown  each article's tables as it is done; with --summary only the corpus view, at the end
//   ndjson           one line per article, one {"source", "error"} line per failed input
//   csv              the header once, then each article's quotes
//   json             one input: the article object itself; a batch: {"articles", "errors", "summary"}
//                    (json-document.ts); with --summary: {"summary": …}
//   html             one input: a page; a batch: the page's head, each article as it is done, the summary
//                    last (html/html-stream.ts)
import type { Analysis } from '../model'
import type { ErrorRecord } from '../model'
import type { CorpusSummary } from '../summary/summary-model'
import type { Format } from './formats'
import { renderTimeline } from './timeline'
import type { RenderOptions } from './render-options'
import { renderTable } from './table'
import { renderMarkdown } from './markdown'
import { csvHeader, csvRows } from './csv'
import { JsonDocumentWriter } from './json-document'
import { renderCorpusTable } from './corpus-table'
import { renderCorpusMarkdown } from './corpus-markdown'
import { createHtmlStream } from './html/html-stream'
import { writeJsonPieces } from './json-pieces'

export interface OutputStream {
  /** `text`: the article's text, for the formats that show it (html) when the analysis does not carry it. */
  article(analysis: Analysis, text?: string): void
  failure(record: ErrorRecord): void
  /** After the last result, with the corpus summary (an empty one when the format does not show it). */
  end(summary: CorpusSummary): void
  /**
   * Whether `end` shows the summary: the caller builds one only then, so a stream of ndjson, csv or tables
   * keeps no counters at all however many articles pass.
   */
  readonly showsSummary: boolean
  /**
   * When every article of this stream is one text, a pure function of its analysis, the workers may render it
   * (batch/worker-messages.ts): the format they render in, and how what they give is written. ndjson only.
   * (one field, so that no stream can ask workers to render without a way to write what they send back)
   */
  readonly workerRender?: { readonly format: WorkerRender; write(text: string): void }
}

/** The formats a worker thread renders an article in itself. */
export type WorkerRender = 'ndjson'

export interface StreamOptions extends RenderOptions {
  /** --summary: the corpus view instead of the articles. */
  summaryOnly: boolean
  /** The inputs are records: csv gets an `id` column. */
  recordIds?: boolean
}

export function createOutputStream(format: Format, options: StreamOptions, write: (text: string) => void): OutputStream {
  if (format === 'html') return createHtmlStream(options, write)
  if (options.summaryOnly) return summaryOnly(format, options, write)
  switch (format) {
    case 'table':
      return joined((a) => renderTable([a], options), '\n', write)
    case 'markdown':
      return joined((a) => renderMarkdown([a], options), '\n---\n\n', write)
    case 'timeline':
      return joined((a) => renderTimeline([a], options), '\n', write)
    case 'ndjson':
      return {
        article: (analysis) => {
          writeJsonPieces(analysis, write, { pretty: false })
          write('\n')
        },
        failure: (record) => write(JSON.stringify(errorLine(record)) + '\n'),
        end: () => {},
        showsSummary: false,
        // the line of ndjson.ts ndjsonLine, which writeJsonPieces writes in pieces
        workerRender: { format: 'ndjson', write },
      }
    case 'csv':
      return csv(options.batch, options.recordIds ?? false, write)
    case 'json':
      return options.batch ? jsonDocument(write) : jsonArticle(write)
  }
}

/** Articles one after another with a separator between them; failures are on stderr only. */
function joined(render: (analysis: Analysis) => string, separator: string, write: (text: string) => void): OutputStream {
  let first = true
  return {
    article(analysis) {
      write((first ? '' : separator) + render(analysis))
      first = false
    },
    failure: () => {},
    end: () => {},
    showsSummary: false,
  }
}

/** {"source", "id" (a record's), "error"}: the failure line, with the id that joins it back to the user's data. */
export function errorLine(record: ErrorRecord): ErrorRecord {
  return record.id === undefined ? { source: record.source, error: record.error } : { source: record.source, id: record.id, error: record.error }
}

function csv(batch: boolean, withId: boolean, write: (text: string) => void): OutputStream {
  let headerWritten = false
  const header = () => {
    if (!headerWritten) write(csvHeader(withId))
    headerWritten = true
  }
  return {
    article(analysis) {
      header()
      write(csvRows(analysis, withId))
    },
    failure: () => {},
    // a batch always gets its header, even when nothing could be read; a single failed input prints nothing
    end: () => void (batch && header()),
    showsSummary: false,
  }
}

function jsonDocument(write: (text: string) => void): OutputStream {
  const document = new JsonDocumentWriter(write)
  return {
    article: (analysis) => document.article(analysis),
    failure: () => {}, // listed at the end, from the summary
    end: (summary) => document.end(summary.failures, summary),
    showsSummary: true,
  }
}

/** One input: the article itself, so that `jq .quotes` works; nothing when it failed. */
function jsonArticle(write: (text: string) => void): OutputStream {
  return {
    article: (analysis) => {
      writeJsonPieces(analysis, write, { pretty: true })
      write('\n')
    },
    failure: () => {},
    end: () => {},
    showsSummary: false,
  }
}

function summaryOnly(format: Format, options: RenderOptions, write: (text: string) => void): OutputStream {
  return {
    article: () => {},
    failure: () => {},
    end(summary) {
      if (format === 'markdown') write(renderCorpusMarkdown(summary, options))
      else if (format === 'json') write(JSON.stringify({ summary }, null, 2) + '\n')
      else write(renderCorpusTable(summary, options))
    },
    showsSummary: true,
  }
}
