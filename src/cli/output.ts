// Writing to stdout and stderr without ever crashing on them.
// `analyze a.txt --json | head -c 10`: head exits early, the next write fails with EPIPE, and Node would
// report it as an unhandled 'error' event with a stack trace. A closed reader only means "stop writing"
// — and, for a batch, stop analysing: nobody will read the rest (`onClosed`).

export interface Writer {
  write(text: string): void
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
  return {
    write(text: string) {
      if (!closed) stream.write(text)
    },
  }
}
