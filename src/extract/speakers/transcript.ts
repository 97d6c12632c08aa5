// Interviews written as transcripts: each answer opens with who gives it, and "I" in it is that person.
//
//   ((WN))  What drew you to the sea?
//   ((Ann Reyes))  I grew up on a boat …          (a name in double brackets, as Wikinews writes them)
//   Ann Reyes: I grew up on a boat …               (a name and a colon)
//   AR: We sailed every summer …                   (the initials of someone the article named)
//   AR We sailed every summer …                    (initials alone, when the text labels answers so again and again)
//   Q: What drew you to the sea?                   (the interviewer)
//
// A label counts only in a text that labels paragraphs so at least twice, with turns that change hands: "Arthur
// Hale: King of the bestsellers", a headline, is no transcript, nor "Related: …" at the end of two sections.

export interface TranscriptBlock {
  /** From the label to the next label (or a few paragraphs on). */
  start: number
  end: number
  /** Where the label ends: "((Ann Reyes))" or "Ann Reyes:" is no mention of her as a subject. */
  labelEnd: number
  /** As written, without brackets or colon: "WN", "Ann Reyes", "AR", "Q". */
  label: string
  /** The label is initials ("AR"), to be matched against the people the article named. */
  initials: boolean
}

const BRACKETED = /^\(\(([^()\n]{1,60})\)\)/u
const COLON = /^((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}):\s/u
const INITIALS = /^(\p{Lu}{2,3}) (?=\p{Lu})/u
/** How many paragraphs past a label an answer may run before the next label. */
const MAX_PARAGRAPHS = 12

interface Paragraph { start: number; end: number; label: string | null; labelEnd: number; initials: boolean }

function paragraphs(text: string): Paragraph[] {
  const found: Paragraph[] = []
  const re = /[^\n]+/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0]
    const lead = line.length - line.trimStart().length
    const body = line.slice(lead)
    if (!body.trim()) continue
    const match = BRACKETED.exec(body) ?? COLON.exec(body) ?? INITIALS.exec(body)
    const label = match?.[1].trim() ?? null
    found.push({ start: m.index + lead, end: m.index + line.length, label, labelEnd: m.index + lead + (match?.[0].length ?? 0), initials: !!label && /^\p{Lu}{2,3}$/u.test(label) })
  }
  return found
}

/** The labelled blocks of a transcript, in text order; none when the text is no transcript. */
export function transcriptBlocks(text: string): TranscriptBlock[] {
  if (!/\n/.test(text)) return []
  const ps = paragraphs(text)
  const counts = new Map<string, number>()
  for (const p of ps) if (p.label) counts.set(p.label, (counts.get(p.label) ?? 0) + 1)
  // (turns change hands: "Relevant Reading: …" twice in a column is furniture, not two people talking)
  const labels = ps.flatMap((p) => p.label ? [p.label] : [])
  const turns = labels.filter((l, i) => i > 0 && l !== labels[i - 1]).length
  if (![...counts.values()].some((n) => n >= 2) || turns < 2) return []
  const blocks: TranscriptBlock[] = []
  ps.forEach((p, i) => {
    if (!p.label) return
    // (initials alone or a name and a colon once, in a text that is a transcript: "Ann Reyes: I grew up …")
    if (BRACKETED.test(text.slice(p.start, p.end)) === false && p.initials && !/:/.test(text.slice(p.start, p.start + p.label.length + 1)) && (counts.get(p.label) ?? 0) < 2) return
    let k = i + 1
    while (k < ps.length && !ps[k].label && k - i < MAX_PARAGRAPHS) k++
    blocks.push({ start: p.start, end: ps[k - 1].end, labelEnd: p.labelEnd, label: p.label, initials: p.initials })
  })
  return blocks
}

/** The block an offset lies in, or null. */
export function blockAt(blocks: TranscriptBlock[], offset: number): TranscriptBlock | null {
  let lo = 0, hi = blocks.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (blocks[mid].end < offset) lo = mid + 1
    else if (blocks[mid].start > offset) hi = mid - 1
    else return blocks[mid]
  }
  return null
}

/** Labels for the one who asks: "WN", "Wikinews", "Q", "Interviewer". */
export function asksFor(label: string): string | null {
  if (/^(WN|Wikinews)$/i.test(label)) return 'Wikinews'
  if (/^(Q|Interviewer)$/i.test(label)) return 'the interviewer'
  return null
}
