// Bytes as a stream would hand them over, cut into small pieces: readers must not care where chunks end.
export async function* chunksOf(input: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}
