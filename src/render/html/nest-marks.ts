// Marked spans of a text → properly nested HTML, whatever the spans do to each other.
//
// The findings of an article overlap: “… within 10 days” is a quote holding a date ("within 10 days") that
// holds a figure ("10 days"), and a date may start inside a quote and end outside it. HTML elements must
// nest, so where two marks cross, the one of higher rank (the inner kind) is cut in two at the other's edge:
//   quote [“We will act within] [10 days”] … date [within 10 days]  →
//   <q>“We will act <date>within 10 days</date>”</q>        when the date lies inside
//   <q>… <date>within</date></q><date> 10 days</date>        when it runs past the quote's end
// A mark cut in pieces is opened with first = true once only, so its id stays on one element.

export interface Mark {
  start: number
  end: number
  /** Lower ranks enclose higher ones where they overlap (a quote encloses a date in it). */
  rank: number
  /** The opening tag; `first` is true for the first piece of the mark in document order. */
  open(first: boolean): string
  close: string
}

interface Piece {
  mark: Mark
  start: number
  end: number
}

interface Open extends Piece {
  /** Where the opening tag starts in the output, and where it ends: nothing after it means an empty element. */
  tagAt: number
  contentAt: number
  first: boolean
}

const before = (a: Piece, b: Piece) => a.start - b.start || a.mark.rank - b.mark.rank || b.end - a.end

function insert(queue: Piece[], piece: Piece): void {
  let lo = 0
  let hi = queue.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(queue[mid], piece) <= 0) lo = mid + 1
    else hi = mid
  }
  queue.splice(lo, 0, piece)
}

/**
 * The HTML of text[from, to) with the marks that fall in it (clipped to it). `opened` holds the marks
 * already opened before, in earlier calls over the same text: a quote running over two paragraphs has its
 * first piece in the first. `escape` turns plain text into HTML.
 */
export function nestMarks(text: string, from: number, to: number, marks: Mark[], opened: Set<Mark>, escape: (text: string) => string): string {
  const queue: Piece[] = marks
    .map((mark) => ({ mark, start: Math.max(from, mark.start), end: Math.min(to, mark.end) }))
    .filter((piece) => piece.end > piece.start)
    .sort(before)
  const stack: Open[] = []
  let out = ''
  let pos = from
  const textTo = (end: number) => {
    if (end > pos) out += escape(text.slice(pos, end))
    pos = Math.max(pos, end)
  }
  const close = (piece: Open) => {
    if (out.length === piece.contentAt) {
      // nothing inside: drop the element rather than leave an empty one (and let a later piece be the first)
      out = out.slice(0, piece.tagAt)
      if (piece.first) opened.delete(piece.mark)
    } else {
      out += piece.mark.close
    }
  }

  for (let piece = queue.shift(); piece; piece = queue.shift()) {
    while (stack.length > 0 && stack[stack.length - 1].end <= piece.start) {
      const done = stack.pop()!
      textTo(done.end)
      close(done)
    }
    textTo(piece.start)
    // an open mark that ends inside this one: an inner kind is closed here and goes on inside this one;
    // an outer kind (or the same) keeps its place, and this one stops at its end and goes on after it
    while (stack.length > 0 && stack[stack.length - 1].end < piece.end) {
      const top = stack[stack.length - 1]
      if (top.mark.rank > piece.mark.rank) {
        stack.pop()
        close(top)
        insert(queue, { mark: top.mark, start: pos, end: top.end })
      } else {
        insert(queue, { mark: piece.mark, start: top.end, end: piece.end })
        piece = { ...piece, end: top.end }
        break
      }
    }
    const first = !opened.has(piece.mark)
    opened.add(piece.mark)
    const tagAt = out.length
    out += piece.mark.open(first)
    stack.push({ ...piece, tagAt, contentAt: out.length, first })
  }
  while (stack.length > 0) {
    const done = stack.pop()!
    textTo(done.end)
    close(done)
  }
  textTo(to)
  return out
}
