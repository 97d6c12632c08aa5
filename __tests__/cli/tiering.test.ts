// V8's optimising compiler is told to wait longer before compiling a function (tiering.ts), unless node was
// given a budget of its own.
import { INTERRUPT_BUDGET, optimiseLater } from '../../src/cli/tiering'

describe('optimiseLater', () => {
  test("a budget above V8's default", () => {
    expect(INTERRUPT_BUDGET).toBeGreaterThan(67_584)
  })

  test.each([
    ['no flags of its own: set', [], true],
    ['other flags only: set', ['--max-old-space-size=500', '--enable-source-maps'], true],
    ['a budget on the command line: left alone', ['--interrupt-budget=67584'], false],
    ['a budget on the command line, written with an underscore: left alone', ['--interrupt_budget=67584'], false],
  ] as Array<[string, string[], boolean]>)('%s', (_name, execArgv, expected) => {
    expect(optimiseLater(execArgv)).toBe(expected)
  })
})
