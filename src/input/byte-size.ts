// Sizes for people, in the messages about --max-bytes.

/** 1048576 → "1 MiB"; 1536 → "1.5 KiB"; 900 → "900 bytes". */
export function formatBytes(bytes: number): string {
  const units = [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`
  }
  return `${bytes} bytes`
}
