// The corpus summary: speakers merged across articles by the in-article name rules, totals, failures.
import type { Analysis, Quote, Speaker, SpeakerKind } from '../../src/model'
import { summarize, SummaryBuilder } from '../../src/summary/corpus-summary'

/** An article quoting each speaker `quotes` times; only what the summary reads is filled in. */
function article(source: string, speakers: Array<[name: string, quotes: number, kind?: SpeakerKind, aliases?: string[]]>): Analysis {
  const list: Speaker[] = speakers.map(([name, quoteCount, kind = 'person', aliases = []], i) => ({
    id: `s${i + 1}`, name, kind, title: null, aliases, quoteCount,
  }))
  const quotes: Quote[] = list.flatMap((speaker) =>
    Array.from({ length: speaker.quoteCount }, (_, k): Quote => ({
      id: `q${speaker.id}-${k}`, type: k % 2 === 0 ? 'direct' : 'indirect', text: 'x', start: 0, end: 1,
      speaker: speaker.name, speakerId: speaker.id, mention: null, cue: null,
    })),
  )
  return { schemaVersion: 1, source, title: null, published: null, stats: { characters: 100, words: 20 }, speakers: list, quotes, dates: [], figures: [] }
}

/** name → [quotes, articles] for the persons and bodies of a summary. */
function table(analyses: Analysis[]) {
  return Object.fromEntries(summarize(analyses).speakers.map((s) => [s.name, [s.quoteCount, s.articleCount]]))
}

describe('speakers across articles', () => {
  it.each<[string, Analysis[], Record<string, [number, number]>]>([
    ['"Donald Trump", "Mr Trump" and "Trump" in three articles are one person, named in full',
      [article('a', [['Donald Trump', 3]]), article('b', [['Mr Trump', 2]]), article('c', [['Trump', 1]])],
      { 'Donald Trump': [6, 3] }],
    ['a surname alone goes to the most quoted person it fits',
      [article('a', [['Donald Trump', 5]]), article('b', [['Fred Trump', 1]]), article('c', [['Mr Trump', 2]])],
      { 'Donald Trump': [7, 2], 'Fred Trump': [1, 1] }],
    ['two first names are two people',
      [article('a', [['Andre Campbell', 2]]), article('b', [['Jason Campbell', 1]])],
      { 'Andre Campbell': [2, 1], 'Jason Campbell': [1, 1] }],
    ['an initial stands for the first name it begins',
      [article('a', [['Joe Biden', 2]]), article('b', [['J. Biden', 1]])],
      { 'Joe Biden': [3, 2] }],
    ['"Mr Smith" and "Mrs Smith" are two people; "Smith" alone joins the more quoted',
      [article('a', [['Mr Smith', 3]]), article('b', [['Mrs Smith', 1]]), article('c', [['Smith', 1]])],
      { 'Mr Smith': [4, 2], 'Mrs Smith': [1, 1] }],
    ['bodies merge by name, with or without "the", named as most articles name them',
      [article('a', [['the Kremlin', 2, 'organization']]), article('b', [['Kremlin', 1, 'organization']]), article('c', [['the Kremlin', 1, 'organization']])],
      { 'the Kremlin': [4, 3] }],
    ['a person known only by a description is not merged with a named one',
      [article('a', [['the Ukrainian president', 1]]), article('b', [['Volodymyr Zelenskiy', 2]])],
      { 'Volodymyr Zelenskiy': [2, 1], 'the Ukrainian president': [1, 1] }],
    ['one person named as two speakers in one article counts that article once',
      [article('a', [['Donald Trump', 2], ['Trump', 1]]), article('b', [['Mr Trump', 1]])],
      { 'Donald Trump': [4, 2] }],
  ])('%s', (_name, analyses, expected) => {
    expect(table(analyses)).toEqual(expected)
  })

  it('lists the other names the articles use, most used first', () => {
    const summary = summarize([
      article('a', [['Donald Trump', 1, 'person', ['Mr Trump', 'the US president']]]),
      article('b', [['Mr Trump', 1]]),
      article('c', [['Donald Trump', 1, 'person', ['Mr Trump']]]),
    ])
    expect(summary.speakers).toEqual([
      { name: 'Donald Trump', kind: 'person', quoteCount: 3, articleCount: 3, aliases: ['Mr Trump', 'the US president'], gender: null },
    ])
  })

  it('puts the most quoted first, then the one in most articles, then by name', () => {
    const summary = summarize([
      article('a', [['Boris Johnson', 2], ['Angela Merkel', 3], ['Emmanuel Macron', 2]]),
      article('b', [['Emmanuel Macron', 0]]),
    ])
    expect(summary.speakers.map((s) => s.name)).toEqual(['Angela Merkel', 'Emmanuel Macron', 'Boris Johnson'])
  })

  it('counts anonymous sources without merging them into one speaker', () => {
    const summary = summarize([
      article('a', [['a European official', 2, 'anonymous'], ['a diplomat', 1, 'anonymous']]),
      article('b', [['a source', 1, 'anonymous'], ['Olaf Scholz', 1]]),
    ])
    expect(summary.anonymous).toEqual({ quoteCount: 4, articleCount: 2 })
    expect(summary.speakers.map((s) => s.name)).toEqual(['Olaf Scholz'])
  })

  it('gives the same summary whatever order the articles come in (so --jobs never changes it)', () => {
    const analyses = [
      article('a', [['Donald Trump', 3], ['Mr Smith', 1], ['the Kremlin', 1, 'organization']]),
      article('b', [['Trump', 2], ['Mrs Smith', 2], ['Smith', 1]]),
      article('c', [['Fred Trump', 1], ['Kremlin', 2, 'organization'], ['J. Smith', 1]]),
      article('d', [['Mr Trump', 1], ['John Smith', 4]]),
    ]
    const expected = summarize(analyses)
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      expect(summarize(order.map((i) => analyses[i]))).toEqual(expected)
    }
  })
})

describe('voices by gender', () => {
  /** A speaker with the gender its article gave: by the article's words ("she"), or by a first name only. */
  function gendered(source: string, speakers: Array<[name: string, quotes: number, gender: Speaker['gender'], by?: 'pronoun' | 'first-name', kind?: SpeakerKind]>): Analysis {
    const a = article(source, speakers.map(([name, quotes, , , kind]) => [name, quotes, kind]))
    a.speakers.forEach((s, i) => {
      const [, , gender, by = 'pronoun'] = speakers[i]
      s.gender = gender
      s.genderEvidence = gender ? [{ kind: by, gender, text: by === 'pronoun' ? (gender === 'female' ? 'she' : 'he') : s.name.split(' ')[0] }] : []
    })
    return a
  }

  it('counts each person once across the corpus, as merged, with all their quotes', () => {
    const summary = summarize([
      gendered('a', [['Karen Wang', 3, 'female'], ['Jagmeet Singh', 1, 'male']]),
      gendered('b', [['Ms Wang', 2, 'female'], ['Taylor Hall', 1, null]]),
      gendered('c', [['Wang', 1, null], ['the ministry', 4, null, undefined, 'organization'], ['officials', 2, null, undefined, 'group']]),
    ])
    expect(summary.gender).toEqual({ female: { speakers: 1, quotes: 6 }, male: { speakers: 1, quotes: 1 }, unknown: { speakers: 1, quotes: 1 } })
    expect(summary.speakers.map((s) => [s.name, s.gender])).toEqual([
      ['Karen Wang', 'female'], ['the ministry', null], ['officials', null], ['Jagmeet Singh', 'male'], ['Taylor Hall', null]])
  })

  it('counts unnamed single sources once per article, and documents not at all', () => {
    const summary = summarize([
      gendered('a', [['a female official', 2, 'female', undefined, 'anonymous'], ['a new poll', 1, null, undefined, 'anonymous']]),
      gendered('b', [['a female official', 1, 'female', undefined, 'anonymous'], ['a source', 1, null, undefined, 'anonymous']]),
    ])
    expect(summary.gender).toEqual({ female: { speakers: 2, quotes: 3 }, male: { speakers: 0, quotes: 0 }, unknown: { speakers: 1, quotes: 1 } })
  })

  it('the articles’ own words outweigh a first name; words that disagree leave a person unknown', () => {
    const summary = summarize([
      gendered('a', [['Leslie Brown', 2, 'male'], ['Kiri Moreau', 1, 'female']]),
      gendered('b', [['Leslie Brown', 1, 'female', 'first-name'], ['Kiri Moreau', 1, 'male']]),
    ])
    expect(summary.speakers.map((s) => [s.name, s.gender])).toEqual([['Leslie Brown', 'male'], ['Kiri Moreau', null]])
    expect(summary.gender.unknown).toEqual({ speakers: 1, quotes: 2 })
  })

  it('is the same whatever order the articles come in', () => {
    const analyses = [
      gendered('a', [['Karen Wang', 3, 'female'], ['Leslie Brown', 1, 'female', 'first-name']]),
      gendered('b', [['Wang', 2, null], ['Leslie Brown', 1, 'male']]),
      gendered('c', [['Ms Wang', 1, 'female'], ['a female official', 1, 'female', undefined, 'anonymous']]),
    ]
    const expected = summarize(analyses)
    for (const order of [[2, 1, 0], [1, 0, 2]]) expect(summarize(order.map((i) => analyses[i])).gender).toEqual(expected.gender)
  })
})

describe('totals and failures', () => {
  it('counts articles, words and quotes by type, unattributed ones too', () => {
    const a = article('a', [['Donald Trump', 3]])
    a.quotes.push({ ...a.quotes[0], id: 'q9', type: 'mixed', speaker: null, speakerId: null })
    const summary = summarize([a, article('b', [['Mr Trump', 1]])])
    expect(summary).toMatchObject({
      articles: 2,
      words: 40,
      quotes: { total: 5, direct: 3, mixed: 1, indirect: 1, unattributed: 1 },
      failed: 0,
      failures: [],
    })
  })

  it('lists failures by source, numbers by value, whenever they were found; a record keeps its id', () => {
    const builder = new SummaryBuilder()
    builder.addFailure({ source: 'z.txt', error: 'binary file (not text)' })
    builder.add(article('a', []))
    builder.addFailure({ source: 'export.ndjson#10', id: 'a10', error: 'not JSON' })
    builder.addFailure({ source: 'b.txt', error: 'empty file' })
    builder.addFailure({ source: 'export.ndjson#9', id: 'a9', error: 'empty text' })
    expect(builder.result()).toMatchObject({
      articles: 1,
      failed: 4,
      failures: [
        { source: 'b.txt', error: 'empty file' },
        { source: 'export.ndjson#9', id: 'a9', error: 'empty text' },
        { source: 'export.ndjson#10', id: 'a10', error: 'not JSON' },
        { source: 'z.txt', error: 'binary file (not text)' },
      ],
    })
  })
})
