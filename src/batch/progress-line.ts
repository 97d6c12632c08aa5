// The progress line, as text: pure, so its layout is tested without a terminal.
//   "██████████░░░░░░░░░░ 1,234/2,518 49% · 27.3 articles/s · ETA 0:47 · 2 failed"
//   "1,234 done · 27.3 articles/s · 2 failed"     records, whose number is known only at the end
// It never gets wider than the terminal: the bar shrinks first, then goes.

export interface ProgressState {
  done: number
  /** null while the inputs are still being read (files of records). */
  total: number | null
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
  if (total === null) {
    const parts = [`${number(done)} done`, rateText(rate)]
    if (failed > 0) parts.push(`${number(failed)} failed`)
    return parts.join(' · ').slice(0, Math.max(0, state.width - 1)).trimEnd()
  }
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100
  const parts = [
    `${number(done)}/${number(total)} ${percent}%`,
    rateText(rate),
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

/** 27.34 → "27 articles/s"; 2.51 → "2.5 articles/s"; null (nothing done yet) → "– articles/s". */
function rateText(rate: number | null): string {
  return rate === null ? '– articles/s' : `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} articles/s`
}

/** 47 → "0:47"; 3725 → "1:02:05". */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = String(s % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
