// Very long inputs are analysed in sections, so that memory stays bounded whatever the size.
//
// Parsed whole, a 10 MB input (a transcript, a scraper's concatenation of many articles) keeps millions of
// tokens at once: 848 MB at peak. Cut into sections of about SECTION_CHARS at paragraph breaks, each section is
// parsed, attributed and dropped before the next; only what it found is kept. An article of ordinary length
// (5–50 KB) is one section and is analysed exactly as before. What is lost at a cut is small: a quote or a
// pronoun does not reach across 200 KB of text, and no cut falls before a paragraph that opens with a quote
// mark, where a quote running over several paragraphs goes on.
import type { DateMention, Figure, Quote, Speaker, Span } from './model'
import { findParagraphs } from './nlp/paragraphs'
import { cutParagraph, type Chunk } from './nlp/chunks'
import { joinSpeakers } from './extract/speakers/join-speakers'
import { joinedGender } from './extract/speakers/gender'

/** Characters of text in one section, at least (it ends at the next paragraph break after this). */
export const SECTION_CHARS = 200_000

/** What one section gives. */
export interface Findings {
  words: number
  speakers: Speaker[]
  /** One-word speaker names the section uses as first names ("Zoe said …"): the name step may read them. */
  givenNames: string[]
  /** Speakers taken for people whom the section never names as one, named after a place ("The Washington Post said"). */
  notNamedAsPeople: string[]
  quotes: Quote[]
  dates: DateMention[]
  figures: Figure[]
}

/** A paragraph opening with a quote mark may go on a quote from the paragraph before: “…\n\n“… */
const OPENS_QUOTE = /^["“„«‘'‹「『—–-]/

/** The sections of a text, in order, covering all of it; each at least `size` characters but the last. */
export function sectionsOf(text: string, size = SECTION_CHARS): Chunk[] {
  if (text.length <= size) return [{ start: 0, end: text.length }]
  const sections: Chunk[] = []
  let start = 0
  for (const paragraph of findParagraphs(text)) {
    // a paragraph longer than a section (a 10 MB file with no line break) is cut at a sentence stop
    for (const piece of paragraph.end - paragraph.start > size ? cutParagraph(text, paragraph) : [paragraph]) {
      const long = piece.start - start >= size
      const tooLong = piece.start - start >= 2 * size
      if (long && (tooLong || !OPENS_QUOTE.test(text[piece.start]))) {
        sections.push({ start, end: piece.start })
        start = piece.start
      }
    }
  }
  sections.push({ start, end: text.length })
  return sections
}

/**
 * The findings of each section (offsets from the section's start) → the findings of the whole text. The sections'
 * quotes, dates and figures are taken over, not copied: their offsets and ids are rewritten where they are, so the
 * findings given are spent. A 10 MB input's 110,000 of them, copied, took the heap of the thread that joins them
 * from 160 to 174 MB as its JSON was written.
 */
export function joinSections(parts: Array<{ offset: number; findings: Findings }>): Findings {
  // each finding is in its section's list once (analyzeSection makes a new object for each)
  const shift = <T extends Span>(span: T, offset: number): T => {
    span.start += offset
    span.end += offset
    return span
  }
  // a quote's mention and cue: small, and maybe shared between quotes; copied as before
  const shiftOrNull = (span: Span | null, offset: number) => (span ? { ...span, start: span.start + offset, end: span.end + offset } : null)

  const joined = joinSpeakers(parts.map((p) => p.findings.speakers))
  const joinedOf = new Map<string, number>() // "section:speakerId" → index in joined
  joined.forEach((j, index) => { for (const m of j.members) joinedOf.set(`${m.section}:${m.speaker.id}`, index) })

  // ids as one section would give them: quotes q1… in text order, speakers s1… in order of first quote
  const speakerIds = new Map<number, string>()
  const quoteCounts = new Map<number, number>()
  const quotes: Quote[] = []
  const quoteIds: Array<Map<string, string>> = []
  parts.forEach(({ offset, findings }, section) => {
    const ids = new Map<string, string>()
    quoteIds.push(ids)
    for (const q of findings.quotes) {
      const id = `q${quotes.length + 1}`
      ids.set(q.id, id)
      let speaker: string | null = null
      let speakerId: string | null = null
      if (q.speakerId !== null) {
        const index = joinedOf.get(`${section}:${q.speakerId}`)!
        if (!speakerIds.has(index)) speakerIds.set(index, `s${speakerIds.size + 1}`)
        speaker = joined[index].name
        speakerId = speakerIds.get(index)!
        quoteCounts.set(index, (quoteCounts.get(index) ?? 0) + 1)
      }
      const mention = shiftOrNull(q.mention, offset)
      const cue = shiftOrNull(q.cue, offset)
      quotes.push(Object.assign(shift(q, offset), { id, speaker, speakerId, mention, cue }))
    }
  })

  // a Map keeps insertion order: the speakers come out s1, s2, …
  const speakers: Speaker[] = [...speakerIds].map(([index, id]) => {
    const { name, kind, title, aliases, members } = joined[index]
    const evidence = members.map((m) => ({ evidence: m.speaker.genderEvidence ?? [], offset: parts[m.section].offset }))
    return { id, name, kind, title, aliases, quoteCount: quoteCounts.get(index)!, ...joinedGender({ kind, name }, evidence) }
  })
  const quoteIdOf = (section: number, id: string | null) => (id === null ? null : quoteIds[section].get(id) ?? null)
  return {
    words: parts.reduce((sum, p) => sum + p.findings.words, 0),
    speakers,
    givenNames: [...new Set(parts.flatMap((p) => p.findings.givenNames))],
    // not named as a person in any section that quotes them
    notNamedAsPeople: [...new Set(parts.flatMap((p) => p.findings.notNamedAsPeople))].filter((name) => !parts.some((p) =>
      p.findings.speakers.some((s) => s.name === name) && !p.findings.notNamedAsPeople.includes(name))),
    quotes,
    dates: parts.flatMap(({ offset, findings }, section) =>
      findings.dates.map((d) => Object.assign(shift(d, offset), { quoteId: quoteIdOf(section, d.quoteId) }))),
    figures: parts.flatMap(({ offset, findings }, section) =>
      findings.figures.map((f) => Object.assign(shift(f, offset), { quoteId: quoteIdOf(section, f.quoteId) }))),
  }
}
