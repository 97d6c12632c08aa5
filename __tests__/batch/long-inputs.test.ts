// One input in this thread, unless it is long enough to be worth every core: then a pool, started only then.
import { SPLIT_CHARS } from '../../src/article-plan'
import type { Engine, Task } from '../../src/batch/engine'
import { withPoolForLongInputs } from '../../src/batch/long-inputs'

function recorder(name: string, log: string[]): Engine {
  return {
    capacity: 1,
    async analyze(task: Task) {
      log.push(`${name}:${task.source}`)
      return { ok: true, analysis: { source: task.source } as never }
    },
    async stop() {
      log.push(`${name}:stop`)
    },
  }
}

describe('withPoolForLongInputs', () => {
  test.each([
    ['a short input stays in this thread, and no pool is started', [['a.txt', 10]], ['local:a.txt', 'local:stop'], 0],
    ['an input of exactly SPLIT_CHARS stays too', [['a.txt', SPLIT_CHARS]], ['local:a.txt', 'local:stop'], 0],
    ['a longer one goes to the pool, started once', [['big.txt', SPLIT_CHARS + 1], ['big2.txt', SPLIT_CHARS * 3]], ['pool:big.txt', 'pool:big2.txt', 'local:stop', 'pool:stop'], 1],
  ] as Array<[string, Array<[string, number]>, string[], number]>)('%s', async (_name, inputs, expected, pools) => {
    const log: string[] = []
    let started = 0
    const engine = withPoolForLongInputs(recorder('local', log), async () => {
      started++
      return recorder('pool', log)
    })
    for (const [source, length] of inputs) await engine.analyze({ source, text: 'x'.repeat(length) })
    await engine.stop()
    expect(log).toEqual(expected)
    expect(started).toBe(pools)
  })
})
