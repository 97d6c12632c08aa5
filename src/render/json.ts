// `--json`: the JSON contract, pretty-printed. One input → the article object itself (so
// `jq '.quotes[]'` works); several inputs → {"articles": [...]}, whatever number could be read.
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'

export function renderJson(analyses: Analysis[], options: RenderOptions): string {
  if (!options.batch && analyses.length === 0) return ''
  const value = !options.batch && analyses.length === 1 ? analyses[0] : { articles: analyses }
  return JSON.stringify(value, null, 2) + '\n'
}
