import { StdinSource } from '../../src/cli/stdin-source'

async function* pieces(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part)
}

async function text(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const all: Buffer[] = []
  for await (const chunk of chunks) all.push(Buffer.from(chunk))
  return Buffer.concat(all).toString()
}

describe('StdinSource', () => {
  it('reads up to the end of the first line, and hands everything on afterwards, that line included', async () => {
    let pulled = 0
    async function* counted() {
      for await (const chunk of pieces('{"a":', '1}\n{"b"', ':2}\n', 'rest')) {
        pulled++
        yield chunk
      }
    }
    const source = new StdinSource({ read: async () => Buffer.from(''), chunks: counted })
    expect(Buffer.from(await source.firstLine()).toString()).toBe('{"a":1}\n{"b"')
    expect(pulled).toBe(2) // not a chunk more than the first line needed
    expect(await text(source.chunks())).toBe('{"a":1}\n{"b":2}\nrest')
  })

  it('reads past blank lines to the first line with something on it', async () => {
    const source = new StdinSource({ read: async () => Buffer.from(''), chunks: () => pieces('\n', '\r\n  \n', '{"a":', '1}\n', '{"b":2}\n') })
    expect(Buffer.from(await source.firstLine()).toString()).toBe('\n\r\n  \n{"a":1}\n')
    expect(await text(source.chunks())).toBe('\n\r\n  \n{"a":1}\n{"b":2}\n')
  })

  it('gathers it whole for an article', async () => {
    const source = new StdinSource({ read: async () => Buffer.from('unused'), chunks: () => pieces('“We will,”', ' she said.\n', 'More.') })
    await source.firstLine()
    expect(Buffer.from(await source.read()).toString()).toBe('“We will,” she said.\nMore.')
  })

  it('without a stream (a test’s context), uses read() once', async () => {
    let reads = 0
    const source = new StdinSource({ read: async () => (reads++, Buffer.from('{"text":"x"}\n')) })
    expect(Buffer.from(await source.firstLine()).toString()).toBe('{"text":"x"}\n')
    expect(await text(source.chunks())).toBe('{"text":"x"}\n')
    expect(reads).toBe(1)
  })
})
