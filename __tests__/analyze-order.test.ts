// A worker analyses article after article in one process, and what the code keeps between calls (tag sets shared
// between tokens, the date finders' per-article results, lists loaded on first use, V8's compiled code) must never
// leak from one article into the next: each article's Analysis is the same after any other as in a fresh process.
// The fixture articles are analysed forwards in one fresh module registry and backwards in another: the first of
// each order is analysed as in a fresh process, and every article follows different ones in the two orders.
import fs from 'node:fs'
import path from 'node:path'
import type { Analysis } from '../src/model'

type Analyze = (text: string, options?: { published?: string; source?: string }) => Analysis

const root = path.join(__dirname, '..', 'fixtures')
const articles = fs.readdirSync(root)
  .filter((d) => fs.existsSync(path.join(root, d, 'article.txt')))
  .sort()
  .map((d) => ({ name: d, text: fs.readFileSync(path.join(root, d, 'article.txt'), 'utf8') }))

function freshAnalyze(): Analyze {
  let analyze: Analyze | undefined
  jest.isolateModules(() => {
    analyze = (require('../src/analyze') as { analyze: Analyze }).analyze
  })
  return analyze!
}

describe('analysing articles one after another', () => {
  test('there are several articles to run in a row', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3)
  })

  test('each article gives the same analysis whichever articles came before it', () => {
    const run = (order: typeof articles) => {
      const analyze = freshAnalyze()
      return new Map(order.map((a) => [a.name, JSON.stringify(analyze(a.text, { source: a.name }))]))
    }
    const forwards = run(articles)
    const backwards = run([...articles].reverse())
    for (const a of articles) expect({ name: a.name, analysis: backwards.get(a.name) }).toEqual({ name: a.name, analysis: forwards.get(a.name) })
  }, 120_000)
})
