// Every sentence of the attribution grammar (attribution-grammar.ts) gives its quote and its speaker.
// GRAMMAR_REPORT=1 prints how many fail, grouped by each part, and a few failures of each layout.
import { analyze } from '../../../src/analyze'
import { grammarCases, layoutCases, type GrammarCase } from './attribution-grammar'

const norm = (s: string) => s.replace(/^[\s“”"‘’,.]+|[\s“”"‘’,.]+$/g, '').replace(/^that /, '').toLowerCase()

/** What went wrong with one case, or null. */
function check(c: GrammarCase): string | null {
  let a
  try {
    a = analyze(c.text)
  } catch (error) {
    return `crash: ${(error as Error).stack?.split('\n').slice(0, 4).join(' ')}`
  }
  const want = norm(c.quote)
  const q = a.quotes.find((x) => norm(x.text) === want)
  if (!q) return `no quote "${c.quote}": got ${JSON.stringify(a.quotes.map((x) => [x.text, x.speaker]))}`
  if ((q.speaker ?? '').toLowerCase() !== c.speaker.toLowerCase()) return `speaker ${q.speaker} instead of ${c.speaker}`
  return null
}

const cases = process.env.GRAMMAR_LAYOUTS ? layoutCases() : grammarCases()

if (process.env.GRAMMAR_REPORT) {
  test('report', () => {
    const failures: Array<{ c: GrammarCase; why: string }> = []
    for (const c of cases) {
      const why = check(c)
      if (why) failures.push({ c, why })
    }
    const lines = [`${failures.length} of ${cases.length} fail`]
    for (const part of ['layout', 'subject', 'verb', 'between', 'words'] as const) {
      const total = new Map<string, number>(), failed = new Map<string, number>()
      for (const c of cases) total.set(c.parts[part], (total.get(c.parts[part]) ?? 0) + 1)
      for (const f of failures) failed.set(f.c.parts[part], (failed.get(f.c.parts[part]) ?? 0) + 1)
      lines.push(`${part}: ` + [...total].map(([k, n]) => `${k} ${failed.get(k) ?? 0}/${n}`).join(' · '))
    }
    const shown = new Map<string, number>()
    const only = (process.env.GRAMMAR_REPORT ?? "").split(',').map((kv) => kv.split('=')).filter((kv) => kv.length === 2)
    for (const f of failures) {
      if (only.some(([k, v]) => f.c.parts[k as keyof GrammarCase['parts']] !== v)) continue
      const key = f.c.parts.layout + f.c.parts.subject + f.c.parts.words
      if ((shown.get(key) ?? 0) >= 2) continue
      shown.set(key, (shown.get(key) ?? 0) + 1)
      lines.push(`  ${f.c.text.split('\n\n')[1]}  →  ${f.why}`)
    }
    console.log(lines.join('\n'))
  })
}

/** Every tenth sentence of the grammar (about 1,700), the same ones each run: the whole space, sampled evenly. */
test('every sentence of the attribution grammar gives its quote and its speaker', () => {
  const failures: string[] = []
  cases.forEach((c, i) => {
    if (i % 10 !== 0) return
    const why = check(c)
    if (why) failures.push(`${c.text.split('\n\n')[1]}  →  ${why}`)
  })
  expect(failures).toEqual([])
})

/** The layouts around the sentence (a third of them, about 900). */
test('every layout of the attribution grammar gives its quote and its speaker', () => {
  const failures: string[] = []
  layoutCases().forEach((c, i) => {
    if (i % 3 !== 0) return
    const why = check(c)
    if (why) failures.push(`${c.text.split('\n\n').slice(1).join(' ¶ ')}  →  ${why}`)
  })
  expect(failures).toEqual([])
})
