// --format html on the built binary: one article, a batch, a failed input among them; the JSON of a plain
// text stays as it was (the text goes to the report beside the analysis, not into the JSON).
import { join } from 'node:path'
import { assertBuildIsFresh, ROOT, runBinary, SEED_ARTICLE } from './built-binary'

beforeAll(() => assertBuildIsFresh())

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length

test('one article: a page with one data-quote-id element per quote of the JSON', () => {
  const json = JSON.parse(runBinary([SEED_ARTICLE, '--json']).stdout)
  const run = runBinary([SEED_ARTICLE, '--format', 'html'])
  expect(run.status).toBe(0)
  expect(run.stderr).toBe('')
  expect(run.stdout.startsWith('<!doctype html>')).toBe(true)
  expect(run.stdout.endsWith('</html>\n')).toBe(true)
  expect(count(run.stdout, / data-quote-id="q\d+"/g)).toBe(json.quotes.length)
  expect(json.quotes.length).toBeGreaterThan(20)
  expect(json).not.toHaveProperty('text')
})

test('standard input: the text read from it is shown', () => {
  const run = runBinary(['-', '--format', 'html'], { input: '“We will build it,” Ms Lee said on Monday.\n' })
  expect(run.status).toBe(0)
  expect(run.stdout).toContain('data-quote-id="q1"')
  expect(run.stdout).toContain('<span class="mention c1" data-speaker-id="s1" data-quotes="q1">Ms Lee</span>')
})

test('a batch: one section per article, in input order with --sort, a failure in the summary, exit 1', () => {
  const fixtures = ['seed', 'wikinews-rugby'].map((name) => join('fixtures', name, 'article.txt'))
  const run = runBinary([...fixtures, 'missing.txt', '--format', 'html', '--sort', '--jobs', '2'], { cwd: ROOT })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('missing.txt')
  const sources = [...run.stdout.matchAll(/<details class="article-entry" data-source="([^"]+)"/g)].map((m) => m[1])
  expect(sources).toEqual(fixtures)
  const summary = run.stdout.slice(run.stdout.indexOf('<section id="summary"'))
  expect(summary).toContain('missing.txt')
  expect(summary.endsWith('</html>\n')).toBe(true)
})

test('--summary --format html: the corpus summary alone', () => {
  const run = runBinary(['fixtures', '--summary', '--format', 'html'], { cwd: ROOT })
  expect(run.status).toBe(0)
  expect(run.stdout).toContain('<section id="summary"')
  expect(run.stdout).not.toMatch(/ data-quote-id="/)
})
