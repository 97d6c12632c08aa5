#!/usr/bin/env node
// Score the article bodies the analyzer reads from web pages, with the public article-extraction benchmark's
// own scorer, on ../shared/eval/html-dev (not part of the project: a user's clone has no ../shared).
//
//   npm run eval:html [-- --keep] [--page KEY]
//
// The pages are read by the built reader (dist/batch/read-article.js, the code path of `analyze page.html`);
// output/analyze.json ({key: {"articleBody": text}}) is written in a scratch folder under the system's temp
// folder beside a copy of ground-truth.json and evaluate.py, and `python3 evaluate.py --n-bootstrap 20` runs
// there. Then the metadata: how many pages gave a title and a stated date, here and over
// ../shared/corpus/html-dev.
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const shared = path.resolve(root, '..', 'shared')
const dev = path.join(shared, 'eval', 'html-dev')
if (!fs.existsSync(dev)) {
  console.error(`no ${dev}: the evaluation data is not beside the project`)
  process.exit(2)
}
const require = createRequire(import.meta.url)
const { readArticle } = require(path.join(root, 'dist', 'batch', 'read-article.js'))
const args = process.argv.slice(2)
const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : null

const read = async (file) => {
  const result = await readArticle({ kind: 'file', source: file }, { maxBytes: 64 * 2 ** 20 })
  return result.ok ? result : { text: '', page: null, error: result.record.error }
}

const truth = JSON.parse(fs.readFileSync(path.join(dev, 'ground-truth.json'), 'utf8'))
const output = {}
const facts = { pages: 0, title: 0, published: 0, byline: 0, failed: [] }
const started = Date.now()
for (const key of Object.keys(truth).sort()) {
  if (only && !key.startsWith(only)) continue
  const result = await read(path.join(dev, `${key}.html`))
  output[key] = { articleBody: result.text }
  facts.pages++
  if (result.error) facts.failed.push(`${key}: ${result.error}`)
  if (result.page?.title) facts.title++
  if (result.page?.published) facts.published++
  if (result.page?.byline) facts.byline++
}
const elapsed = Date.now() - started

if (only) {
  console.log(output[Object.keys(output)[0]]?.articleBody)
  process.exit(0)
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-html-'))
fs.mkdirSync(path.join(scratch, 'output'))
fs.writeFileSync(path.join(scratch, 'output', 'analyze.json'), JSON.stringify(output))
fs.copyFileSync(path.join(dev, 'ground-truth.json'), path.join(scratch, 'ground-truth.json'))
fs.copyFileSync(path.join(dev, 'evaluate.py'), path.join(scratch, 'evaluate.py'))
console.log(`== html-dev: ${facts.pages} pages read in ${elapsed} ms; scored in ${scratch}`)
process.stdout.write(execFileSync('python3', ['evaluate.py', '--n-bootstrap', '20'], { cwd: scratch, encoding: 'utf8' }))
console.log(`html-dev: title ${facts.title}/${facts.pages}, stated date ${facts.published}/${facts.pages}, byline ${facts.byline}/${facts.pages}`)
for (const failure of facts.failed) console.log(`  failed ${failure}`)

const corpus = path.join(shared, 'corpus', 'html-dev')
if (fs.existsSync(corpus)) {
  const rows = []
  for (const name of fs.readdirSync(corpus).sort()) {
    const result = await read(path.join(corpus, name, 'source.html'))
    const expected = JSON.parse(fs.readFileSync(path.join(corpus, name, 'expected-metadata.json'), 'utf8'))
    rows.push({ name, page: result.page ?? {}, expected, error: result.error })
  }
  const count = (test) => rows.filter(test).length
  console.log(`corpus/html-dev: ${rows.length} pages, title ${count((r) => r.page.title)}, stated date ${count((r) => r.page.published)}, byline ${count((r) => r.page.byline)}; ` +
    `Readability's publishedTime on ${count((r) => r.expected.publishedTime)}, the same day on ${count((r) => r.expected.publishedTime && r.page.published === String(r.expected.publishedTime).slice(0, 10))}`)
  if (args.includes('--verbose')) {
    for (const r of rows) console.log(`  ${r.name.padEnd(16)} ${r.page.published ?? '-'}  ${r.page.title ?? '-'}  | ${r.page.byline ?? '-'} | ${r.page.siteName ?? '-'} | ${r.page.lang ?? '-'}${r.error ? `  FAILED ${r.error}` : ''}`)
  }
}
if (!args.includes('--keep')) fs.rmSync(scratch, { recursive: true, force: true })
