// JSON.stringify(value) or JSON.stringify(value, null, 2), byte for byte, handed over in pieces of about
// PIECE_CHARS: the analysis of a 10 MB transcript is 43 MB of JSON, and as one string (twice that in memory once
// a curly quote makes it two bytes a character) plus its UTF-8 copy for stdout it was most of the run's peak.
// Objects and arrays are opened member by member down to `depth`; below that each member is one stringify.

/** Characters gathered before a piece is handed over. */
export const PIECE_CHARS = 1 << 16

export interface JsonPiecesOptions {
  /** Two spaces a level, as JSON.stringify(value, null, 2); else compact. */
  pretty: boolean
  /** Spaces before every line but the first (a document that holds the value indents it). */
  indent?: string
  /** Levels opened member by member; deeper values are stringified whole. */
  depth?: number
}

export function writeJsonPieces(value: unknown, write: (text: string) => void, options: JsonPiecesOptions): void {
  let buffer = ''
  const out = (text: string) => {
    buffer += text
    if (buffer.length >= PIECE_CHARS) {
      write(buffer)
      buffer = ''
    }
  }
  emit(value, options.indent ?? '', options.depth ?? 2, options.pretty, out)
  if (buffer !== '') write(buffer)
}

/** The members JSON.stringify keeps: those whose value is not undefined, a function or a symbol. */
function kept(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol'
}

function emit(value: unknown, indent: string, depth: number, pretty: boolean, out: (text: string) => void): void {
  const plain = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  if (depth <= 0 || !plain) {
    const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null'
    out(pretty ? text.replace(/\n/g, `\n${indent}`) : text)
    return
  }
  const inner = `${indent}  `
  const isArray = Array.isArray(value)
  const entries: Array<[string | null, unknown]> = isArray
    ? (value as unknown[]).map((v) => [null, kept(v) ? v : null])
    : Object.entries(value as Record<string, unknown>).filter(([, v]) => kept(v))
  const [open, close] = isArray ? ['[', ']'] : ['{', '}']
  if (entries.length === 0) {
    out(open + close)
    return
  }
  out(open)
  entries.forEach(([key, v], i) => {
    out(`${i > 0 ? ',' : ''}${pretty ? `\n${inner}` : ''}${key === null ? '' : `${JSON.stringify(key)}:${pretty ? ' ' : ''}`}`)
    emit(v, inner, depth - 1, pretty, out)
  })
  out(`${pretty ? `\n${indent}` : ''}${close}`)
}
