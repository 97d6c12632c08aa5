// --timeline on the built binary: the seed's resolved dates in calendar order, with who said them.
import { assertBuildIsFresh, runBinary, SEED_ARTICLE } from './built-binary'

beforeAll(() => assertBuildIsFresh())

test('--timeline lists resolved dates in order and fits the width', () => {
  const run = runBinary([SEED_ARTICLE, '--timeline', '--width', '100'])
  expect(run.status).toBe(0)
  const lines = run.stdout.split('\n')
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(100)
  const days = lines.map((line) => /^│ (\d{4}-\d{2}-\d{2})/.exec(line)?.[1]).filter(Boolean) as string[]
  expect(days.length).toBeGreaterThanOrEqual(12)
  expect([...days].sort()).toEqual(days)
  expect(days[0]).toBe('2022-02-01')
  expect(run.stdout).toContain('Volodymyr Zelenskiy')
})

test('--timeline with --json is a usage error', () => {
  const run = runBinary([SEED_ARTICLE, '--timeline', '--json'])
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(/^analyze: --timeline/)
})
