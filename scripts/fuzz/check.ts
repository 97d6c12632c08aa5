// What must hold for any input, checked on one text: no exception; every span exact (`text.slice(start, end)
// === text` for quotes, mentions, cues, dates, figures); ids consistent (q1… in order, a speakerId names a
// speaker, a quoteId names a quote that holds the span); values JSON can carry; the same output twice; the same
// invariants when the text is cut into small sections; every renderer and the decoder take it.
import { analyze } from '../../src/analyze'
import { decode } from '../../src/input/decode'
import type { Analysis, AnalyzeOptions, Span } from '../../src/model'
import { RENDERERS, renderOptions, FORMATS } from '../../src/render'
import { summarize } from '../../src/summary/corpus-summary'

export interface Violation {
  /** exception | span | ids | value | json | determinism | sections | render | decode | slow */
  kind: string
  message: string
  stack?: string
}

export interface CheckOptions {
  published?: string
  /** Also analyse in sections of this many characters (analyze's third argument), to exercise sections.ts. */
  sectionChars?: number
  /** Render every output format. */
  render?: boolean
  /** Encode and decode the text. */
  decode?: boolean
}

const fail = (kind: string, message: string): Violation => ({ kind, message })

/** The first violation found in one analysis of `text`, or null. */
export function checkAnalysis(text: string, a: Analysis): Violation | null {
  const spans: Array<[string, Span]> = [
    ...a.quotes.flatMap((q): Array<[string, Span]> => [[`quote ${q.id}`, q], ...(q.mention ? [[`mention of ${q.id}`, q.mention] as [string, Span]] : []), ...(q.cue ? [[`cue of ${q.id}`, q.cue] as [string, Span]] : [])]),
    ...a.dates.map((d, i): [string, Span] => [`date ${i}`, d]),
    ...a.figures.map((f, i): [string, Span] => [`figure ${i}`, f]),
  ]
  for (const [what, s] of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start > s.end) {
      return fail('span', `${what}: offsets ${s.start}..${s.end} outside a text of ${text.length}`)
    }
    if (text.slice(s.start, s.end) !== s.text) return fail('span', `${what}: text.slice(${s.start}, ${s.end}) is not its text`)
  }
  if (a.stats.characters !== text.length) return fail('ids', `stats.characters ${a.stats.characters}, the text has ${text.length}`)
  const speakers = new Map(a.speakers.map((s) => [s.id, s]))
  if (speakers.size !== a.speakers.length) return fail('ids', 'two speakers share an id')
  const counts = new Map<string, number>()
  for (const [i, q] of a.quotes.entries()) {
    if (q.id !== `q${i + 1}`) return fail('ids', `quote ${i + 1} has id ${q.id}`)
    if (i > 0 && q.start < a.quotes[i - 1].end) return fail('ids', `quote ${q.id} overlaps or precedes the quote before it`)
    if (q.speakerId === null) {
      if (q.speaker !== null) return fail('ids', `quote ${q.id} has a speaker name but no speakerId`)
      continue
    }
    const s = speakers.get(q.speakerId)
    if (!s) return fail('ids', `quote ${q.id}: speakerId ${q.speakerId} names no speaker`)
    if (s.name !== q.speaker) return fail('ids', `quote ${q.id}: speaker name differs from its speaker's`)
    counts.set(s.id, (counts.get(s.id) ?? 0) + 1)
  }
  for (const s of a.speakers) if ((counts.get(s.id) ?? 0) !== s.quoteCount) return fail('ids', `speaker ${s.id}: quoteCount ${s.quoteCount}, quoted ${counts.get(s.id) ?? 0} times`)
  const quotes = new Map(a.quotes.map((q) => [q.id, q]))
  for (const [what, item] of [...a.dates.map((d) => ['date', d] as const), ...a.figures.map((f) => ['figure', f] as const)]) {
    if (item.quoteId === null) continue
    const q = quotes.get(item.quoteId)
    if (!q) return fail('ids', `${what} "${item.text}": quoteId ${item.quoteId} names no quote`)
    if (item.start < q.start || item.end > q.end) return fail('ids', `${what} "${item.text}" is not inside ${q.id}`)
  }
  for (const f of a.figures) {
    if (f.value !== null && !Number.isFinite(f.value)) return fail('value', `figure "${f.text}": value ${f.value}`)
    if (f.valueMax !== undefined && !Number.isFinite(f.valueMax)) return fail('value', `figure "${f.text}": valueMax ${f.valueMax}`)
  }
  for (const d of a.dates) {
    if (d.resolved === null) continue
    const ok = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
    if (!ok(d.resolved.start) || !ok(d.resolved.end) || d.resolved.start > d.resolved.end) return fail('value', `date "${d.text}": resolved ${d.resolved.start}..${d.resolved.end}`)
  }
  const json = JSON.stringify(a)
  if (JSON.stringify(JSON.parse(json)) !== json) return fail('json', 'the analysis does not survive JSON')
  return null
}

/** Runs a step; an exception becomes a violation of the given kind with its stack. */
function guarded<T>(kind: string, step: () => T): T | Violation {
  try {
    return step()
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    return { kind, message: e.message.split('\n')[0], stack: e.stack }
  }
}

const isViolation = (x: unknown): x is Violation => typeof x === 'object' && x !== null && 'kind' in x && 'message' in x && !('schemaVersion' in x)

/** Rendering may take this many times the analysis, and at least this long, before it counts as slow. */
const RENDER_RATIO = 10
const RENDER_FLOOR_MS = 2_000

/** All the checks on one input; the first violation, or null. */
export function checkText(text: string, options: CheckOptions = {}): Violation | null {
  const analyzeOptions: AnalyzeOptions = options.published ? { published: options.published } : {}
  const analysed = Date.now()
  const first = guarded('exception', () => analyze(text, analyzeOptions))
  const analysisMs = Date.now() - analysed
  if (isViolation(first)) return first
  const broken = checkAnalysis(text, first)
  if (broken) return broken
  const second = guarded('exception', () => analyze(text, analyzeOptions))
  if (isViolation(second)) return { ...second, message: `on the second run only: ${second.message}` }
  if (JSON.stringify(second) !== JSON.stringify(first)) return fail('determinism', 'a second analysis of the same text differs from the first')
  if (options.sectionChars) {
    const cut = guarded('exception', () => analyze(text, analyzeOptions, options.sectionChars))
    if (isViolation(cut)) return { ...cut, message: `in sections of ${options.sectionChars}: ${cut.message}` }
    const inSections = checkAnalysis(text, cut)
    if (inSections) return { kind: 'sections', message: `in sections of ${options.sectionChars}: ${inSections.message}` }
  }
  if (options.render) {
    for (const format of FORMATS) {
      const started = Date.now()
      const out = guarded('render', () => RENDERERS[format]([{ ...first, text }], renderOptions({ width: 60 + (text.length % 100), colorLevel: (text.length % 4) as 0 | 1 | 2 | 3 })))
      if (isViolation(out)) return { ...out, message: `--format ${format}: ${out.message}` }
      // writing what was found costs far less than finding it: a table of a storm's 355 speakers once took
      // minutes (cli-table3 measured each cell's whole text again for every line of it)
      const renderMs = Date.now() - started
      if (renderMs > Math.max(RENDER_FLOOR_MS, RENDER_RATIO * analysisMs)) return fail('slow', `--format ${format} took ${renderMs} ms, the analysis ${analysisMs} ms`)
      if (format === 'json' && JSON.stringify(JSON.parse(out)) !== JSON.stringify({ ...first, text })) return fail('render', '--format json does not give back the analysis')
    }
    const summary = guarded('render', () => summarize([first, first]))
    if (isViolation(summary)) return { ...summary, message: `corpus summary: ${summary.message}` }
  }
  if (options.decode) return checkDecode(text)
  return null
}

/** UTF-8 and UTF-16 with a byte-order mark come back as the same text (lone surrogates as U+FFFD, as any encoder writes them). */
function checkDecode(text: string): Violation | null {
  const written = Buffer.from(text, 'utf8')
  const expected = written.toString('utf8').replace(/^\ufeff/, '')
  for (const [name, bytes] of [['utf-8', written], ['utf-16le with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(expected, 'utf16le')])]] as const) {
    const result = guarded('decode', () => decode(new Uint8Array(bytes)))
    if (isViolation(result)) return { ...result, message: `${name}: ${result.message}` }
    if ('text' in result && result.text !== expected && result.text !== expected.replace(/^\ufeff/, '')) {
      // a text with NUL or other control bytes may rightly be refused as binary; a text read differently may not
      return fail('decode', `${name}: decoded text differs from the text written`)
    }
  }
  return null
}
