// Output formats by name. Each renderer is pure: (analyses, options) → the whole text for stdout.
import type { Analysis } from '../model'
import type { RenderOptions } from './render-options'
import { renderTable } from './table'
import { renderJson } from './json'
import { renderNdjson } from './ndjson'
import { renderCsv } from './csv'
import { renderMarkdown } from './markdown'
import { renderTimeline } from './timeline'
import { renderHtml } from './html'
import type { Format } from './formats'

export type Renderer = (analyses: Analysis[], options: RenderOptions) => string

export { FORMATS, type Format } from './formats'

export const RENDERERS: Record<Format, Renderer> = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
  markdown: renderMarkdown,
  timeline: renderTimeline,
  html: renderHtml,
}

export { renderOptions, type RenderOptions, type ColorLevel } from './render-options'
