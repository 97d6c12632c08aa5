// One loop over fixtures/<case>/: the analyzer must find every expected quote with its speaker, every expected
// date with its resolution and every expected figure with its value (see fixtures/README.md).
import fs from 'node:fs'
import path from 'node:path'
import { analyze } from '../src/analyze'
import type { Analysis, AnalyzeOptions, DayRange, Span } from '../src/model'

interface Placed { text: string; start?: number; end?: number; nth?: number }
interface ExpectedQuote extends Placed { type: string; speaker: string | null }
interface ExpectedDate extends Placed { kind: string; resolved: DayRange | null }
interface ExpectedFigure extends Placed { kind?: string; value: number; unit: string | null }
interface Expected {
  published: string | null
  exhaustive: string[]
  quotes: ExpectedQuote[]
  dates: ExpectedDate[]
  figures: ExpectedFigure[]
  /** Speakers whose gender is checked: as the article refers to them, else by first name (null for bodies and groups). */
  speakers?: Array<{ name: string; gender: 'female' | 'male' | null }>
}

const root = path.join(__dirname, '..', 'fixtures')
const cases = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'expected.json'))).sort()

/** Where an expected item stands: its own offsets, else the nth occurrence of its text. */
function place(text: string, item: Placed): [number, number] {
  if (item.start !== undefined && item.end !== undefined) return [item.start, item.end]
  let at = -1
  for (let n = 0; n < (item.nth ?? 1); n++) at = text.indexOf(item.text, at + 1)
  if (at < 0) throw new Error(`fixture text not in the article: ${item.text}`)
  return [at, at + item.text.length]
}

const EDGE = /^[\s"'“”‘’«».,;:!?—–-]+|[\s"'“”‘’«».,;:!?—–-]+$/g
function trimmed(text: string, [start, end]: [number, number]): [number, number] {
  const s = text.slice(start, end)
  const lead = s.length - s.replace(/^[\s"'“”‘’«».,;:!?—–-]+/, '').length
  const core = s.replace(EDGE, '')
  return core ? [start + lead, start + lead + core.length] : [start, end]
}
const covered = (g: [number, number], p: [number, number]) => Math.max(0, Math.min(g[1], p[1]) - Math.max(g[0], p[0])) / (g[1] - g[0])
const overlaps = (a: [number, number], b: [number, number]) => Math.min(a[1], b[1]) > Math.max(a[0], b[0])

describe.each(cases)('fixture %s', (name) => {
  const dir = path.join(root, name)
  const text = fs.readFileSync(path.join(dir, 'article.txt'), 'utf8').replace(/^\uFEFF/, '')
  const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'))
  const optionsFile = path.join(dir, 'options.json')
  const options: AnalyzeOptions = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {}
  const result: Analysis = analyze(text, { source: `${name}/article.txt`, ...options })

  test('publication date', () => {
    expect(result.published).toBe(expected.published)
  })

  test('every expected quote is found, with its speaker', () => {
    const unpaired = result.quotes.map((q) => ({ q, span: trimmed(text, [q.start, q.end]) }))
    const problems: string[] = []
    for (const e of expected.quotes) {
      const span = trimmed(text, place(text, e))
      const best = unpaired.filter((p) => covered(span, p.span) >= 0.8).sort((a, b) => covered(span, b.span) - covered(span, a.span))[0]
      if (!best) { problems.push(`not found: ${e.text}`); continue }
      unpaired.splice(unpaired.indexOf(best), 1)
      if (best.q.speaker !== e.speaker) problems.push(`speaker ${best.q.speaker} instead of ${e.speaker}: ${e.text}`)
    }
    if (expected.exhaustive.includes('quotes')) for (const p of unpaired) problems.push(`not expected: ${p.q.text}`)
    expect(problems).toEqual([])
  })

  test('every expected date is found and resolved', () => {
    const problems: string[] = []
    for (const e of expected.dates) {
      const span = place(text, e)
      const hit = result.dates.find((d) => overlaps(span, [d.start, d.end]))
      if (!hit) problems.push(`not found: ${e.text}`)
      else if (JSON.stringify(hit.resolved) !== JSON.stringify(e.resolved)) {
        problems.push(`${e.text}: resolved ${JSON.stringify(hit.resolved)} instead of ${JSON.stringify(e.resolved)}`)
      }
    }
    expect(problems).toEqual([])
  })

  test('every expected figure is found with its value and unit', () => {
    const problems: string[] = []
    for (const e of expected.figures) {
      const span = place(text, e)
      const hit = result.figures.find((f) => overlaps(span, [f.start, f.end]))
      if (!hit) problems.push(`not found: ${e.text}`)
      else if (hit.value !== e.value || hit.unit !== e.unit) problems.push(`${e.text}: ${hit.value} ${hit.unit} instead of ${e.value} ${e.unit}`)
    }
    expect(problems).toEqual([])
  })

  test('every expected speaker has its gender', () => {
    const problems: string[] = []
    for (const e of expected.speakers ?? []) {
      const found = result.speakers.find((s) => s.name === e.name)
      if (!found) problems.push(`no speaker ${e.name}`)
      else if (found.gender !== e.gender) problems.push(`${e.name}: ${found.gender} instead of ${e.gender}`)
    }
    expect(problems).toEqual([])
  })

  test('every span is exact', () => {
    const spans = [...result.quotes, ...result.dates, ...result.figures,
      ...result.quotes.flatMap((q) => [q.mention, q.cue].filter((s) => s !== null)),
      ...result.speakers.flatMap((s) => (s.genderEvidence ?? []).filter((e) => e.start !== undefined) as Span[])]
    for (const s of spans) expect(text.slice(s!.start, s!.end)).toBe(s!.text)
  })
})
