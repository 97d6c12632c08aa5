// `--format ndjson`: one compact JSON article a line, for streaming into jq -c, databases, or split.
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'

export function renderNdjson(analyses: Analysis[], _options: RenderOptions): string {
  return analyses.map((analysis) => JSON.stringify(analysis) + '\n').join('')
}
