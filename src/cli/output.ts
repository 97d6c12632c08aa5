// Writing to stdout and stderr without ever crashing on them.
// `analyze a.txt --json | head -c 10`: head exits early, the next write fails with EPIPE, and Node would
// report it as an unhandled 'error' event with a stack trace. A closed reader only means "stop writing"
// — and, for a batch, stop analysing: nobody will read the rest (`onClosed`).

export interface Writer {
  write(text: string): void
  /**
   * Resolves once the stream has taken what was written (at once when it has): a line filter whose reader
   * is slower than the analysis (a Hadoop job writing to a busy disk) waits here instead of piling results up
   * in memory. Resolves too when the stream is gone.
   */
  drained(): Promise<void>
}

/**
 * Listens for the stream's errors: EPIPE silently stops further writes and calls `onClosed`; any other
 * error (a full disk) goes to `onOtherError` once.
 */
export function guardedWriter(
  stream: NodeJS.WritableStream,
  onOtherError: (error: NodeJS.ErrnoException) => void,
  onClosed: () => void = () => {},
): Writer {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (closed) return
    closed = true
    if (error.code !== 'EPIPE') onOtherError(error)
    onClosed()
  })
  let full = false
  stream.on('drain', () => (full = false))
  return {
    write(text: string) {
      if (!closed && !stream.write(text)) full = true
    },
    drained() {
      if (closed || !full) return Promise.resolve()
      return new Promise((resolve) => {
        const done = () => {
          stream.off('drain', done)
          stream.off('error', done)
          stream.off('close', done)
          resolve()
        }
        stream.once('drain', done)
        stream.once('error', done)
        stream.once('close', done)
      })
    },
  }
}
