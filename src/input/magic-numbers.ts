// File signatures of the binary files most often handed to a text tool by mistake.
// They are checked before anything else: a PDF starts with plain ASCII ("%PDF-1.7") and a few of its
// first kilobytes can even decode as UTF-8, so "no NUL bytes" alone would let it through.

interface Signature {
  name: string
  bytes: number[]
}

const SIGNATURES: Signature[] = [
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'zip archive (or .docx, .epub, …)', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK\3\4
]

/** The kind of binary file the bytes start like ("PNG image"), or null. */
export function recogniseBinarySignature(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (signature.bytes.length <= bytes.length && signature.bytes.every((byte, i) => bytes[i] === byte)) {
      return signature.name
    }
  }
  return null
}
