// One input is analysed in this thread, with no worker to start up; but one longer than SPLIT_CHARS (a 10 MB
// transcript, a scraper's dump of a whole site) goes to a pool of workers that analyse its sections at once,
// started only then: on 2 cores the 10 MB seed took 79 s in this thread alone.
import { SPLIT_CHARS } from '../article-plan'
import type { Engine, Outcome, Task } from './engine'

export function withPoolForLongInputs(local: Engine, startPool: () => Promise<Engine>): Engine {
  let pool: Promise<Engine> | null = null
  return {
    capacity: local.capacity,
    async analyze(task: Task): Promise<Outcome> {
      if (task.text.length <= SPLIT_CHARS) return local.analyze(task)
      pool ??= startPool()
      return (await pool).analyze(task)
    },
    async stop() {
      await Promise.all([local.stop(), pool?.then((p) => p.stop())])
    },
  }
}
