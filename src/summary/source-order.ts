// The order inputs are listed in by the summary: by source, numbers by their value, so that the list is the
// same however the articles were split between runs and machines, and a file's records stay in file order:
//   "export.ndjson#9" < "export.ndjson#10" < "news/a.txt" < "news/b2.txt" < "news/b10.txt"

export function compareSources(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? []
  const right = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = comparePart(left[i], right[i])
    if (order !== 0) return order
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0)
}

function comparePart(a: string, b: string): number {
  if (/^\d/.test(a) && /^\d/.test(b)) {
    // as numbers of any length: "007" and "7" are the same number, then the shorter writing first
    const x = a.replace(/^0+(?=\d)/, '')
    const y = b.replace(/^0+(?=\d)/, '')
    if (x.length !== y.length) return x.length - y.length
    if (x !== y) return x < y ? -1 : 1
    return a.length - b.length
  }
  return a < b ? -1 : a > b ? 1 : 0
}
