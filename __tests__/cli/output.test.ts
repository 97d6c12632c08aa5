import { Writable } from 'node:stream'
import { guardedWriter } from '../../src/cli/output'

/** A stream whose writes fail with `code`, like stdout after `| head` has exited. */
function failingStream(code: string) {
  let attempts = 0
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      attempts++
      callback(Object.assign(new Error(`write ${code}`), { code }))
    },
  })
  return { stream, attempts: () => attempts }
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve))

describe('guardedWriter', () => {
  it('swallows EPIPE and stops writing', async () => {
    const { stream, attempts } = failingStream('EPIPE')
    const onOtherError = jest.fn()
    const writer = guardedWriter(stream, onOtherError)
    writer.write('first')
    await nextTick()
    writer.write('second')
    await nextTick()
    expect(onOtherError).not.toHaveBeenCalled()
    expect(attempts()).toBe(1)
  })

  it('passes any other error on, once', async () => {
    const { stream } = failingStream('ENOSPC')
    const onOtherError = jest.fn()
    const writer = guardedWriter(stream, onOtherError)
    writer.write('first')
    await nextTick()
    writer.write('second')
    await nextTick()
    expect(onOtherError).toHaveBeenCalledTimes(1)
    expect(onOtherError.mock.calls[0][0].code).toBe('ENOSPC')
  })

  it('writes everything while the reader is there', () => {
    let written = ''
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        written += chunk.toString()
        callback()
      },
    })
    const writer = guardedWriter(stream, () => {})
    writer.write('a')
    writer.write('b')
    expect(written).toBe('ab')
  })

  it('says when a slow reader has taken what was written (back-pressure), and never waits on a closed one', async () => {
    const pending: Array<() => void> = []
    const slow = new Writable({ highWaterMark: 4, write: (_chunk, _encoding, callback) => void pending.push(callback) })
    const writer = guardedWriter(slow, () => {})
    await writer.drained() // nothing written yet
    writer.write('a long line\n')
    let drained = false
    const waiting = writer.drained().then(() => (drained = true))
    await nextTick()
    expect(drained).toBe(false)
    pending.shift()?.()
    await waiting
    expect(drained).toBe(true)

    const { stream } = failingStream('EPIPE')
    const closed = guardedWriter(stream, () => {})
    closed.write('x'.repeat(100_000))
    await nextTick()
    await closed.drained() // resolves: nobody is reading any more
  })
})
