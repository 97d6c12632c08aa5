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
})
