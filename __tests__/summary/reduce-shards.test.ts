// The summary as a reduce: split the results of a corpus at random into shards (each in any order), write
// each shard as `--format ndjson` would, read them back in any order, and the summary is the one of all the
// articles at once — summary(A ∪ B) = merge(summary(A), summary(B)), whatever the split and the order.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { analyze } from '../../src/analyze'
import type { Analysis, ErrorRecord } from '../../src/model'
import { ndjsonLines } from '../../src/input/records/ndjson-lines'
import { SummaryBuilder, summarize } from '../../src/summary/corpus-summary'
import { readResultLine } from '../../src/summary/result-line'
import type { CorpusSummary } from '../../src/summary/summary-model'
import { chunksOf } from '../input/records/chunks'

const FIXTURES = ['seed', 'wikinews-border-wall', 'wikinews-el-paso', 'wikinews-rugby', 'wikinews-tesco-poland']
const WRITTEN = [
  '“We will have a deal very soon,” Donald Trump told reporters on Monday.',
  '"We will have a deal very soon." Mr Trump said.',
  '“It is over, and it is done,” Mr Trump said, “and I mean it.”',
  '“This is a great day for Europe,” Angela Merkel said.',
  '“This is a great day for Europe,” Mrs Merkel said on Tuesday. “We are ready,” a European official said.',
  '“This is a great day for Europe,” the Kremlin said in a statement.',
  'Ms Lee said the schools would stay shut until Friday. “We cannot take the risk,” she added.',
]

type Result = { analysis: Analysis } | { failure: ErrorRecord }
let results: Result[]

beforeAll(() => {
  const fixtures = FIXTURES.map((name, i) =>
    analyze(readFileSync(join(__dirname, '..', '..', 'fixtures', name, 'article.txt'), 'utf8'), { source: `fixtures/${name}.txt#${i + 1}` }))
  const written = WRITTEN.map((text, i) => analyze(text, { source: `written.ndjson#${i + 1}` }))
  const failures: ErrorRecord[] = [
    { source: 'written.ndjson#9', id: '9', error: 'not JSON' },
    { source: 'written.ndjson#10', id: 'x10', error: 'empty text' },
    { source: 'photo.txt', error: 'binary file (not text)' },
  ]
  results = [...fixtures, ...written].map((analysis) => ({ analysis }) as Result).concat(failures.map((failure) => ({ failure })))
})

/** The lines `--format ndjson` writes for these results. */
function ndjson(shard: Result[]): string {
  return shard.map((r) => JSON.stringify('analysis' in r ? r.analysis : r.failure) + '\n').join('')
}

/** What --from-results does with the shard files, in the order given. */
async function reduce(shards: string[]): Promise<CorpusSummary> {
  const builder = new SummaryBuilder()
  for (const shard of shards) {
    for await (const line of ndjsonLines(chunksOf(shard, 4096), Infinity)) {
      if ('problem' in line) throw new Error(line.problem)
      const result = readResultLine(line.value)
      if (result.kind === 'article') builder.add(result.analysis)
      else if (result.kind === 'failure') builder.addFailure(result.record)
      else throw new Error(result.problem)
    }
  }
  return builder.result()
}

describe('the summary reduced from shards of results', () => {
  it('is the summary of all the articles at once, however they are split and ordered', async () => {
    const whole = summarize(
      results.flatMap((r) => ('analysis' in r ? [r.analysis] : [])),
      results.flatMap((r) => ('failure' in r ? [r.failure] : [])),
    )
    // the corpus has something to merge: a speaker across articles, a repeated quote, failures
    expect(whole.speakers.find((s) => s.name === 'Donald Trump')?.articleCount).toBeGreaterThanOrEqual(3)
    expect(whole.repeatedQuotes.length).toBeGreaterThanOrEqual(1)
    expect(whole.failed).toBe(3)
    const n = results.length
    const split = fc.record({
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      shardOf: fc.array(fc.nat({ max: 4 }), { minLength: n, maxLength: n }),
      shardOrder: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
    })
    await fc.assert(
      fc.asyncProperty(split, async ({ order, shardOf, shardOrder }) => {
        const shards: Result[][] = [[], [], [], [], []]
        order.forEach((index, position) => shards[shardOf[position]].push(results[index]))
        const reduced = await reduce(shardOrder.map((k) => ndjson(shards[k])))
        expect(reduced).toEqual(whole)
      }),
      { numRuns: 30 },
    )
  })
})
