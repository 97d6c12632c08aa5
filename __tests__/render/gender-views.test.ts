// Where the renderers show gender: the Speakers tables (table, markdown, HTML panel) and the corpus views'
// "Voices by gender" with the share of women.
import { summarize } from '../../src/summary/corpus-summary'
import type { Analysis, Speaker } from '../../src/model'
import { renderCorpusMarkdown } from '../../src/render/corpus-markdown'
import { renderCorpusTable } from '../../src/render/corpus-table'
import { corpusReport } from '../../src/render/html/corpus-report'
import { renderHtml } from '../../src/render/html'
import { renderMarkdown } from '../../src/render/markdown'
import { renderOptions } from '../../src/render/render-options'
import { describeGender } from '../../src/render/gender-labels'
import { sampleAnalysis, SAMPLE_TEXT } from './sample-analysis'
import { parsePage } from './html/parse-page'

/** An article quoting each person `quotes` times, with the gender its words gave ("she"/"he"). */
function article(source: string, people: Array<[name: string, quotes: number, gender: Speaker['gender']]>): Analysis {
  const speakers: Speaker[] = people.map(([name, quoteCount, gender], i) => ({
    id: `s${i + 1}`, name, kind: 'person', title: null, aliases: [], quoteCount, gender,
    genderEvidence: gender ? [{ kind: 'pronoun', gender, text: gender === 'female' ? 'she' : 'he' }] : [],
  }))
  return {
    schemaVersion: 1, source, title: null, published: null, stats: { characters: 10, words: 2 }, speakers, dates: [], figures: [],
    quotes: speakers.flatMap((s) => Array.from({ length: s.quoteCount }, (_, k) => ({
      id: `q${s.id}${k}`, type: 'direct' as const, text: 'x', start: 0, end: 1, speaker: s.name, speakerId: s.id, mention: null, cue: null,
    }))),
  }
}

// 1 woman with 3 quotes, 2 men with 1 quote each, 1 person of unknown gender with 2: women are 33% of the people
// whose gender is given and 60% of their quotes
const summary = summarize([
  article('a.txt', [['Karen Wang', 2, 'female'], ['Jagmeet Singh', 1, 'male']]),
  article('b.txt', [['Ms Wang', 1, 'female'], ['Doug Ford', 1, 'male'], ['Taylor Hall', 2, null]]),
])

describe('describeGender', () => {
  test.each<[string, Pick<Speaker, 'gender' | 'genderEvidence' | 'genderConflict'>, string]>([
    ['the article’s words', { gender: 'female', genderEvidence: [{ kind: 'pronoun', gender: 'female', text: 'she' }] }, 'female'],
    ['a first name only', { gender: 'male', genderEvidence: [{ kind: 'first-name', gender: 'male', text: 'Omar', share: 0.99 }] }, 'male (first name)'],
    ['evidence both ways', { gender: null, genderEvidence: [], genderConflict: 'she against he' }, '– (conflicting)'],
    ['nothing said', { gender: null, genderEvidence: [] }, '–'],
    ['a speaker built without gender', {}, '–'],
  ])('%s', (_name, speaker, expected) => {
    expect(describeGender(speaker)).toBe(expected)
  })
})

describe('an article’s speakers', () => {
  test('markdown has a Gender column', () => {
    const md = renderMarkdown([sampleAnalysis()], renderOptions())
    expect(md).toContain('| Speaker | Title / role | Kind | Gender | Quotes |')
    expect(md).toContain('| Donald Trump | US president | person | male | 2 |')
    expect(md).toContain('| Friedrich Merz | German chancellor | person | male (first name) | 1 |')
  })

  test('the HTML speakers panel says it, and marks the row with data-gender', () => {
    const doc = parsePage(renderHtml([sampleAnalysis({ text: SAMPLE_TEXT })], renderOptions()))
    const row = doc.querySelector('li.speaker[data-speaker-id="s1"]')!
    expect(row.getAttribute('data-gender')).toBe('male')
    expect(row.querySelector('.speaker-meta')!.textContent).toBe('US president · person · male')
    const conflicted = doc.querySelector('li.speaker[data-speaker-id="s3"]')!
    expect(conflicted.hasAttribute('data-gender')).toBe(false)
    expect(conflicted.querySelector('.speaker-meta')!.textContent).toBe('Ukrainian president · person · – (conflicting)')
  })
})

describe('the corpus views', () => {
  test('the summary counts people and quotes by gender', () => {
    expect(summary.gender).toEqual({ female: { speakers: 1, quotes: 3 }, male: { speakers: 2, quotes: 2 }, unknown: { speakers: 1, quotes: 2 } })
  })

  test('markdown: a table of voices by gender and the share of women', () => {
    const md = renderCorpusMarkdown(summary, renderOptions())
    expect(md).toContain('## Voices by gender')
    expect(md).toContain('| female | 1 | 25% | 3 | 43% |')
    expect(md).toContain('| male | 2 | 50% | 2 | 29% |')
    expect(md).toContain('| unknown | 1 | 25% | 2 | 29% |')
    expect(md).toContain('Women: 33% of the quoted people and 60% of their quotes, among those whose gender the articles give')
    expect(md).toContain('| Karen Wang | person | female | 3 | 2 |')
  })

  test('table: the same section, in the terminal', () => {
    const table = renderCorpusTable(summary, renderOptions({ width: 100 }))
    expect(table).toContain('Voices by gender')
    expect(table).toMatch(/female\s*│\s*1\s*│\s*25%\s*│\s*3\s*│\s*43%/)
    expect(table.replace(/\s+/g, ' ')).toContain('Women: 33% of the quoted people and 60% of their quotes')
  })

  test('HTML: a chart of people by gender', () => {
    const doc = parsePage(`<!doctype html><html><body>${corpusReport(summary)}</body></html>`)
    const rows = [...doc.querySelectorAll('.by-gender [data-gender]')]
    expect(rows.map((r) => [r.getAttribute('data-gender'), r.querySelector('.chart-value')!.textContent])).toEqual([
      ['female', '1 25%'], ['male', '2 50%'], ['unknown', '1 25%']])
    expect(doc.querySelector('.by-gender .note')!.textContent).toContain('Women: 33% of the quoted people')
  })

  test('near-miss: a corpus without people says so, and gives no share', () => {
    const bodies = summarize([{ ...article('c.txt', []), speakers: [{ id: 's1', name: 'the ministry', kind: 'organization', title: null, aliases: [], quoteCount: 1, gender: null, genderEvidence: [] }] }])
    expect(bodies.gender.female.speakers + bodies.gender.male.speakers + bodies.gender.unknown.speakers).toBe(0)
    const md = renderCorpusMarkdown(bodies, renderOptions())
    expect(md).toContain('## Voices by gender\n\n_No people quoted._')
    expect(md).not.toContain('Women:')
  })
})
