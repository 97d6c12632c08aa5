// The progress line, as text: pure, so its layout is tested without a terminal.
//   "██████████░░░░░░░░░░ 1,234/2,518 49% · 27.3 articles/s · ETA 0:47 · 2 failed"
// It never gets wider than the terminal: the bar shrinks first, then goes.

export interface ProgressState {
  done: number
  total: number
  failed: number
  /** Since the batch started. */
  elapsedMs: number
  /** Columns of the terminal. */
  width: number
}

// made on first use: the first Intl formatter loads ICU data, some 20 ms of start-up
let numberFormat: Intl.NumberFormat | undefined
const number = (n: number) => (numberFormat ??= new Intl.NumberFormat('en-US')).format(n)
const MIN_BAR = 10
const MAX_BAR = 30

export function progressLine(state: ProgressState): string {
  const { done, total, failed, elapsedMs } = state
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 && done > 0 ? done / seconds : null
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100
  const parts = [
    `${number(done)}/${number(total)} ${percent}%`,
    rate === null ? '– articles/s' : `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} articles/s`,
    `ETA ${rate === null ? '–' : duration((total - done) / rate)}`,
  ]
  if (failed > 0) parts.push(`${number(failed)} failed`)
  const text = parts.join(' · ')
  // one column is left free: writing into the last one makes some terminals wrap the line
  const room = state.width - 1 - text.length - 1
  if (room < MIN_BAR) return text.slice(0, Math.max(0, state.width - 1)).trimEnd()
  const barWidth = Math.min(MAX_BAR, room)
  const filled = total > 0 ? Math.round((done / total) * barWidth) : barWidth
  return `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${text}`
}

/** 47 → "0:47"; 3725 → "1:02:05". */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = String(s % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
