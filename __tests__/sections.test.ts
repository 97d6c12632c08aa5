// Long inputs are analysed in sections (src/sections.ts). Where a cut falls between articles — a scraper's
// file of several articles one after another — each section must give what the whole text gives.
import fs from 'node:fs'
import path from 'node:path'
import { analyze } from '../src/analyze'
import { sectionsOf, SECTION_CHARS } from '../src/sections'
import type { Analysis } from '../src/model'

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name, 'article.txt'), 'utf8')
const ARTICLES = ['wikinews-border-wall', 'wikinews-el-paso', 'wikinews-tesco-poland', 'seed'].map(fixture)

/** The articles one after another, a blank line between; and where each starts. */
function concatenate(articles: string[]): { text: string; starts: number[] } {
  const starts: number[] = []
  let text = ''
  for (const article of articles) {
    if (text) text += '\n\n'
    starts.push(text.length)
    text += article.trimEnd()
  }
  return { text, starts }
}

/** What a reader checks: each quote's place, type and speaker; each date's and figure's place and value. */
function findings(a: Analysis) {
  const speakerOf = new Map(a.speakers.map((s) => [s.id, s.name]))
  return {
    quotes: a.quotes.map((q) => [q.id, q.start, q.end, q.type, q.speaker, q.speakerId && speakerOf.get(q.speakerId), q.mention?.start, q.cue?.text]),
    dates: a.dates.map((d) => [d.start, d.end, d.kind, d.resolved, d.quoteId, d.sentence]),
    figures: a.figures.map((f) => [f.start, f.end, f.kind, f.value, f.unit, f.quoteId]),
  }
}

describe('sectionsOf', () => {
  it('keeps an article of ordinary length whole', () => {
    const seed = fixture('seed')
    expect(sectionsOf(seed)).toEqual([{ start: 0, end: seed.length }])
  })

  it('covers the whole text in order, each section at least the size asked, cut at paragraph starts', () => {
    const { text } = concatenate([...ARTICLES, ...ARTICLES])
    const sections = sectionsOf(text, 5_000)
    expect(sections.length).toBeGreaterThan(3)
    expect(sections[0].start).toBe(0)
    expect(sections[sections.length - 1].end).toBe(text.length)
    sections.forEach((s, i) => {
      if (i > 0) {
        expect(s.start).toBe(sections[i - 1].end)
        expect(text[s.start - 1]).toBe('\n')
      }
      if (i < sections.length - 1) expect(s.end - s.start).toBeGreaterThanOrEqual(5_000)
    })
  })

  it('does not cut before a paragraph that opens with a quote mark (a quote running on over paragraphs)', () => {
    const paragraph = (i: number) => (i % 4 === 0 ? 'The minister spoke at length. ' : '“And we will go on,” she said. ').repeat(10)
    const text = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n\n')
    const sections = sectionsOf(text, 1_000)
    expect(sections.length).toBeGreaterThan(2)
    for (const s of sections.slice(1)) expect(text.slice(s.start, s.start + 12)).toBe('The minister')
  })

  it('cuts a paragraph longer than a section at a sentence stop', () => {
    const text = 'Mr Merz said the talks would go on. '.repeat(20_000).trim()
    expect(text.length).toBeGreaterThan(3 * SECTION_CHARS)
    const sections = sectionsOf(text)
    expect(sections.length).toBeGreaterThanOrEqual(3)
    for (const s of sections.slice(1)) expect(text.slice(s.start - 2, s.start + 2)).toBe('. Mr')
  })
})

describe.each(['seed', 'wikinews-el-paso'])('analyze in sections: three copies of %s', (name) => {
  const article = fixture(name).trim()
  const { text, starts } = concatenate([article, article, article])
  const whole = analyze(text, { published: '2025-08-19' }, Infinity)
  // each copy its own section: a cut falls at the first paragraph after `article.length` characters
  const sectioned = analyze(text, { published: '2025-08-19' }, article.length)

  it('cuts the text at the copies', () => {
    expect(sectionsOf(text, article.length).map((s) => s.start)).toEqual(starts)
  })

  it('finds the same quotes, speakers, dates and figures as one parse of the whole text', () => {
    expect(sectioned.quotes.length).toBeGreaterThan(10)
    expect(findings(sectioned)).toEqual(findings(whole))
    expect(sectioned.speakers.map((s) => [s.id, s.name, s.kind, s.quoteCount])).toEqual(whole.speakers.map((s) => [s.id, s.name, s.kind, s.quoteCount]))
    expect(sectioned.stats).toEqual(whole.stats)
  })

  it('keeps every span exact, quote ids in text order and speaker ids in order of first quote', () => {
    for (const span of [...sectioned.quotes, ...sectioned.dates, ...sectioned.figures]) {
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
    expect(sectioned.quotes.map((q) => q.id)).toEqual(sectioned.quotes.map((_, i) => `q${i + 1}`))
    const firstQuoted = [...new Set(sectioned.quotes.map((q) => q.speakerId).filter((id) => id !== null))]
    expect(firstQuoted).toEqual(sectioned.speakers.map((s) => s.id))
  })
})

describe('analyze in sections: speakers', () => {
  it('joins one speaker named in several sections: "Mr Trump" here, "Donald Trump" there', () => {
    const two = concatenate(['“We will build it,” Donald Trump said on Monday.', '“It is done,” Mr Trump told reporters.', '“Not at all,” said Nancy Pelosi.'])
    const a = analyze(two.text, {}, 10)
    expect(a.quotes.map((q) => [q.speakerId, q.speaker])).toEqual([['s1', 'Donald Trump'], ['s1', 'Donald Trump'], ['s2', 'Nancy Pelosi']])
    expect(a.speakers.map((s) => [s.id, s.name, s.quoteCount, s.aliases])).toEqual([['s1', 'Donald Trump', 2, ['Mr Trump']], ['s2', 'Nancy Pelosi', 1, []]])
  })

  it('gathers a speaker’s gender evidence from every section, at its place in the whole text', () => {
    const two = concatenate(['Kiri Moreau runs the depot. “We will reopen,” she said.', '“It is done,” Ms Moreau told reporters.'])
    const a = analyze(two.text, {}, 10)
    expect(a.speakers.map((s) => [s.name, s.gender, s.genderEvidence!.map((e) => `${e.kind}:${e.text}`)]))
      .toEqual([['Kiri Moreau', 'female', ['pronoun:she', 'honorific:Ms']]])
    for (const e of a.speakers[0].genderEvidence!) expect(two.text.slice(e.start!, e.end!)).toBe(e.text)
  })

  it('a conflict across sections gives null', () => {
    const two = concatenate(['Kiri Moreau runs the depot. “We will reopen,” she said.', '“It is done,” Mr Moreau told reporters.'])
    const [speaker] = analyze(two.text, {}, 10).speakers
    expect([speaker.gender, speaker.genderConflict]).toEqual([null, 'she against Mr'])
  })
})
