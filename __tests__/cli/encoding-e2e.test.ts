// Files in other encodings are decoded, analysed like UTF-8, and say which encoding was used.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertBuildIsFresh, runBinary } from './built-binary'

beforeAll(() => assertBuildIsFresh())

const text = 'Mr Merz told reporters: “The meeting will happen within two weeks.”\r\n\r\nHe said the talks were useful.\r\n'
const dir = mkdtempSync(join(tmpdir(), 'analyze-encodings-'))

test.each([
  ['windows-1252', Buffer.from(text.replace('“', '\x93').replace('”', '\x94'), 'latin1')],
  ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
])('%s', (encoding, bytes) => {
  const file = join(dir, `${encoding}.txt`)
  writeFileSync(file, bytes)
  const run = runBinary([file, '--json'])
  expect(run.status).toBe(0)
  const analysis = JSON.parse(run.stdout)
  expect(analysis.encoding).toBe(encoding)
  expect(analysis.quotes.map((q: { speaker: string; type: string }) => [q.speaker, q.type])).toEqual([['Mr Merz', 'direct'], ['Mr Merz', 'indirect']])
  expect(analysis.quotes[0].text).toBe('“The meeting will happen within two weeks.”')
})
