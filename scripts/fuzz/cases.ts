// What the fuzz run and its fixed-seed piece in the test suite share: the fixtures to mutate, the check options a
// case's seed chooses, and the signature that says two failures are the same bug.
import fs from 'node:fs'
import path from 'node:path'
import type { CheckOptions, Violation } from './check'
import type { FuzzCase } from './generate'

/** The texts of fixtures/<case>/article.txt. */
export function fixtureTexts(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir).sort()
    .map((name) => path.join(dir, name, 'article.txt'))
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file, 'utf8'))
}

/** Options chosen by bits of the case's seed: a publication date half the time, sections, renderers, the decoder. */
export function optionsFor(c: FuzzCase): CheckOptions {
  const s = c.seed
  return {
    published: s & 1 ? '2025-08-19' : undefined,
    sectionChars: (s >>> 1) % 6 === 0 ? 300 + ((s >>> 4) % 4_000) : undefined,
    render: (s >>> 3) % 4 === 0,
    decode: (s >>> 5) % 4 === 0,
  }
}

/**
 * The same bug however it shows: the kind, the message with its numbers blanked ("quote q# overlaps …"), and for an
 * exception the first frame in the project's sources ("speakerAfter speaker-phrase.ts:253").
 */
export function signature(v: Violation): string {
  const message = v.message.replace(/\d+/g, '#').replace(/"[^"]*"/g, '"…"').slice(0, 160)
  const frame = v.stack?.split('\n').find((line) => /[/\\](src|scripts)[/\\]/.test(line) && !/[/\\]fuzz[/\\]/.test(line))
  const where = frame ? /at (?:(\S+) \()?.*?([\w-]+\.[jt]s):(\d+)/.exec(frame) : null
  return `${v.kind}: ${message}${where ? ` @ ${where[1] ?? '<anonymous>'} ${where[2]}:${where[3]}` : ''}`
}
