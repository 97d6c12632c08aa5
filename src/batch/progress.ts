// The progress bar on stderr, for a terminal only (the CLI decides): redrawn in place with "\r", at most
// ten times a second however fast articles finish, and once a second while none does (the ETA moves).
// Anything else written to the terminal first clears the line (clear()), so the bar never ends up in the
// middle of an error message or a table; the next update draws it again.
import { progressLine } from './progress-line'

export interface ProgressOptions {
  /** null when unknown (files of records): the line then counts without a bar. */
  total: number | null
  write(text: string): void
  /** Columns of the terminal. */
  width: () => number
  now?: () => number
}

const REDRAW_MS = 100
const CLEAR_LINE = '\r\u001b[K'

export class ProgressBar {
  private done = 0
  private failed = 0
  private shown = false
  private lastDraw = -Infinity
  private readonly started: number
  private readonly timer: NodeJS.Timeout
  private readonly now: () => number

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now
    this.started = this.now()
    this.timer = setInterval(() => this.draw(), 1000)
    this.timer.unref() // never what keeps the process alive
  }

  update(done: number, failed: number): void {
    this.done = done
    this.failed = failed
    if (this.now() - this.lastDraw >= REDRAW_MS || done === this.options.total) this.draw()
  }

  clear(): void {
    if (!this.shown) return
    this.options.write(CLEAR_LINE)
    this.shown = false
  }

  /** Takes the bar away for good. */
  stop(): void {
    clearInterval(this.timer)
    this.clear()
  }

  private draw() {
    const line = progressLine({
      done: this.done,
      total: this.options.total,
      failed: this.failed,
      elapsedMs: this.now() - this.started,
      width: this.options.width(),
    })
    this.options.write(`${CLEAR_LINE}${line}`)
    this.shown = true
    this.lastDraw = this.now()
  }
}
