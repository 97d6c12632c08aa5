import { duration, progressLine } from '../../src/batch/progress-line'
import { ProgressBar } from '../../src/batch/progress'

describe('progressLine', () => {
  it.each<[string, Parameters<typeof progressLine>[0], string]>([
    ['before anything is done', { done: 0, total: 2518, failed: 0, elapsedMs: 500, width: 80 },
      '░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 0/2,518 0% · – articles/s · ETA –'],
    ['half way, with a rate and an ETA', { done: 1259, total: 2518, failed: 0, elapsedMs: 50_000, width: 80 },
      '███████████████░░░░░░░░░░░░░░░ 1,259/2,518 50% · 25 articles/s · ETA 0:50'],
    ['with failures', { done: 10, total: 40, failed: 2, elapsedMs: 4_000, width: 80 },
      '████████░░░░░░░░░░░░░░░░░░░░░░ 10/40 25% · 2.5 articles/s · ETA 0:12 · 2 failed'],
    ['on a narrow terminal the bar shrinks', { done: 20, total: 40, failed: 0, elapsedMs: 4_000, width: 50 },
      '██████░░░░░ 20/40 50% · 5.0 articles/s · ETA 0:04'],
    ['on a very narrow one it goes, and the text is cut', { done: 20, total: 40, failed: 0, elapsedMs: 4_000, width: 30 },
      '20/40 50% · 5.0 articles/s ·'],
    ['records, whose number is not known yet: a count, no bar, no ETA', { done: 1234, total: null, failed: 2, elapsedMs: 45_000, width: 80 },
      '1,234 done · 27 articles/s · 2 failed'],
    ['the same on a narrow terminal', { done: 1234, total: null, failed: 2, elapsedMs: 45_000, width: 20 },
      '1,234 done · 27 art'],
  ])('%s', (_name, state, expected) => {
    const line = progressLine(state)
    expect(line).toBe(expected)
    expect(Array.from(line).length).toBeLessThan(state.width)
  })

  it.each([[0, '0:00'], [47, '0:47'], [125.4, '2:05'], [3725, '1:02:05']])('duration(%s) = %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text)
  })
})

describe('ProgressBar', () => {
  it('redraws at most every 100 ms, always at the end, and clears its line on request', () => {
    let now = 0
    const writes: string[] = []
    const bar = new ProgressBar({ total: 3, write: (t) => writes.push(t), width: () => 80, now: () => now })
    bar.update(1, 0)
    now = 50
    bar.update(2, 0) // too soon: not drawn
    now = 60
    bar.update(3, 0) // the last one: drawn
    expect(writes.map((w) => w.replace(/^\r\u001b\[K/, '').split(' ')[1])).toEqual(['1/3', '3/3'])
    bar.clear()
    bar.clear() // nothing shown any more: nothing written
    bar.stop()
    expect(writes.slice(2)).toEqual(['\r\u001b[K'])
  })
})
