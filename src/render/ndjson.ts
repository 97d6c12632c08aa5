// `--format ndjson`: one compact JSON article a line, for streaming into jq -c, databases, or split.
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'

export function renderNdjson(analyses: Analysis[], _options: RenderOptions): string {
  return analyses.map(ndjsonLine).join('')
}

/** One article's line: what the ndjson stream writes for it (output-stream.ts, in pieces), and a worker that renders (batch/worker.ts). */
export function ndjsonLine(analysis: Analysis): string {
  return JSON.stringify(analysis) + '\n'
}
