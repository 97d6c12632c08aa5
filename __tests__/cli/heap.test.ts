// The heap is let grow further for ordinary articles and held tight from the first long input on.
import type { Engine, Task } from '../../src/batch/engine'
import { LONG_INPUT_GROWTH_PERCENT, ORDINARY_GROWTH_PERCENT, tightHeapForLongInputs } from '../../src/cli/heap'

const LONG = 1_000

function recorder(log: string[]): Engine {
  return {
    capacity: 2,
    async analyze(task: Task) {
      log.push(`analyse ${task.source}`)
      return { ok: true, analysis: { source: task.source } as never }
    },
    async stop() {
      log.push('stop')
    },
  }
}

describe('tightHeapForLongInputs', () => {
  test('a long input is held tighter than ordinary articles', () => {
    expect(LONG_INPUT_GROWTH_PERCENT).toBeLessThan(ORDINARY_GROWTH_PERCENT)
  })

  test.each([
    ['short inputs only: the growth is never changed', [['a', 10], ['b', LONG]], ['analyse a', 'analyse b', 'stop']],
    ['a long input: held tight before it is analysed', [['big', LONG + 1]], [`bound ${LONG_INPUT_GROWTH_PERCENT}`, 'analyse big', 'stop']],
    ['held tight once, and for the rest of the run', [['a', 10], ['big', LONG + 1], ['b', 10], ['big2', LONG * 5]],
      ['analyse a', `bound ${LONG_INPUT_GROWTH_PERCENT}`, 'analyse big', 'analyse b', 'analyse big2', 'stop']],
  ] as Array<[string, Array<[string, number]>, string[]]>)('%s', async (_name, inputs, expected) => {
    const log: string[] = []
    const engine = tightHeapForLongInputs(recorder(log), LONG, (percent) => log.push(`bound ${percent}`))
    expect(engine.capacity).toBe(2)
    for (const [source, length] of inputs) {
      const outcome = await engine.analyze({ source, text: 'x'.repeat(length) })
      expect(outcome).toEqual({ ok: true, analysis: { source } })
    }
    await engine.stop()
    expect(log).toEqual(expected)
  })
})
