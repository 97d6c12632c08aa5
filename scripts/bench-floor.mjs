#!/usr/bin/env node
// The benchmark's floor: bare compromise — loaded as src/nlp/compromise.ts loads it (dist/nlp/compromise.js)
// — calling nlp(text) on every article, on one thread, in a child process like the
// analyzer's runs. Reading a file is part of it, as it is of theirs. Usage: node scripts/bench-floor.mjs LIST
// where LIST is a file holding one article path a line. Prints the number of articles parsed.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const nlp = require(path.join(root, 'dist', 'nlp', 'compromise.js')).default

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
let parsed = 0
for (const file of files) {
  nlp(fs.readFileSync(file, 'utf8'))
  parsed++
}
process.stdout.write(`${parsed}\n`)
