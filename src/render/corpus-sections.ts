// The corpus view (`--summary`) as plain rows, shared by the table and markdown renderers:
// a headline, quotes by type, the most quoted speakers across articles, the quotes repeated across articles,
// and the inputs that failed.
import type { CorpusSummary } from '../summary/summary-model'
import type { Column } from './draw-table'
import { count, NOTHING, SUMMARY_SEPARATOR } from './describe'
import { womenShare } from './gender-labels'

export interface CorpusSection {
  title: string
  /** Shown instead of an empty table. */
  emptyMessage: string
  columns: Column[]
  rows: string[][]
  /** A sentence after the table: how many rows were left out, the anonymous sources. */
  notes: string[]
}

/** The speakers a table or markdown corpus view lists; JSON lists them all. */
export const TOP_SPEAKERS = 25
/** The failed inputs listed; the count above says how many there were in all. */
export const TOP_FAILURES = 50
/** The repeated quotes listed, and the sources named for each; JSON lists them all. */
export const TOP_REPEATED = 15
const SOURCES_NAMED = 3

const numberFormat = new Intl.NumberFormat('en-US')
const number = (n: number) => numberFormat.format(n)
const share = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`)

/** "Corpus · 2,516 articles · 1,203,344 words · 14,877 quotes · 2 failed" */
export function corpusHeadline(summary: CorpusSummary): string {
  const phrases = ['Corpus', count(summary.articles, 'article'), count(summary.words, 'word'), count(summary.quotes.total, 'quote')]
  if (summary.failed > 0) phrases.push(`${number(summary.failed)} failed`)
  return phrases.join(SUMMARY_SEPARATOR)
}

export function corpusSections(summary: CorpusSummary): CorpusSection[] {
  return [quotesByType(summary), speakersAcross(summary), voicesByGender(summary), repeatedQuotes(summary), failedInputs(summary)]
}

/** People quoted and their quotes by gender, and the share of women among those whose gender the articles give. */
function voicesByGender(summary: CorpusSummary): CorpusSection {
  const { gender } = summary
  const people = gender.female.speakers + gender.male.speakers + gender.unknown.speakers
  const quotes = gender.female.quotes + gender.male.quotes + gender.unknown.quotes
  const known = gender.female.speakers + gender.male.speakers
  const notes = known === 0 ? [] : [
    `Women: ${womenShare(gender, 'speakers')} of the quoted people and ${womenShare(gender, 'quotes')} of their quotes, ` +
      'among those whose gender the articles give (their pronouns, honorifics and titles, else the usual gender of a first name)',
  ]
  return {
    title: 'Voices by gender',
    emptyMessage: 'No people quoted',
    columns: [
      { header: 'Gender', min: 7, max: 9 },
      { header: 'People', min: 6, max: 10, align: 'right' },
      { header: 'Share', min: 5, max: 5, align: 'right' },
      { header: 'Quotes', min: 6, max: 10, align: 'right' },
      { header: 'Share', min: 5, max: 5, align: 'right' },
    ],
    rows: people === 0 ? [] : (['female', 'male', 'unknown'] as const).map((g) =>
      [g, number(gender[g].speakers), share(gender[g].speakers, people), number(gender[g].quotes), share(gender[g].quotes, quotes)]),
    notes,
  }
}

function quotesByType(summary: CorpusSummary): CorpusSection {
  const { quotes } = summary
  const rows = (['direct', 'mixed', 'indirect'] as const).map((type) => [type, number(quotes[type]), share(quotes[type], quotes.total)])
  rows.push(['all', number(quotes.total), share(quotes.total, quotes.total)])
  return {
    title: 'Quotes by type',
    emptyMessage: 'No quotes found',
    columns: [
      { header: 'Type', min: 8, max: 10 },
      { header: 'Quotes', min: 6, max: 12, align: 'right' },
      { header: 'Share', min: 5, max: 5, align: 'right' },
    ],
    rows: quotes.total === 0 ? [] : rows,
    notes: quotes.unattributed > 0 ? [`${count(quotes.unattributed, 'quote')} (${share(quotes.unattributed, quotes.total)}) without a speaker`] : [],
  }
}

function speakersAcross(summary: CorpusSummary): CorpusSection {
  const shown = summary.speakers.slice(0, TOP_SPEAKERS)
  const notes: string[] = []
  if (summary.speakers.length > shown.length) {
    notes.push(`The ${shown.length} most quoted of ${number(summary.speakers.length)} speakers; --format json lists them all`)
  }
  if (summary.anonymous.quoteCount > 0) {
    notes.push(`Anonymous sources: ${count(summary.anonymous.quoteCount, 'quote')} in ${count(summary.anonymous.articleCount, 'article')}`)
  }
  return {
    title: 'Speakers across articles',
    emptyMessage: 'No speakers found',
    columns: [
      { header: 'Speaker', min: 10, max: 28 },
      { header: 'Kind', min: 6, max: 12 },
      { header: 'Gender', min: 6, max: 6 },
      { header: 'Quotes', min: 6, max: 8, align: 'right' },
      { header: 'Articles', min: 8, max: 8, align: 'right' },
      { header: 'Also named', min: 10 },
    ],
    rows: shown.map((s) => [s.name, s.kind, s.gender ?? NOTHING, number(s.quoteCount), number(s.articleCount), s.aliases.join(', ')]),
    notes,
  }
}

function repeatedQuotes(summary: CorpusSummary): CorpusSection {
  const shown = summary.repeatedQuotes.slice(0, TOP_REPEATED)
  const sources = (list: string[]) => list.slice(0, SOURCES_NAMED).join(', ') + (list.length > SOURCES_NAMED ? `, … (${number(list.length - SOURCES_NAMED)} more)` : '')
  return {
    title: 'Quotes repeated across articles',
    emptyMessage: 'None: no quote of four words or more has the same speaker in two articles',
    columns: [
      { header: 'Quote', min: 20 },
      { header: 'Speaker', min: 10, max: 24 },
      { header: 'Articles', min: 8, max: 8, align: 'right' },
      { header: 'Sources', min: 12, max: 40 },
    ],
    rows: shown.map((q) => [q.text, q.speaker, number(q.articleCount), sources(q.sources)]),
    notes: summary.repeatedQuotes.length > shown.length ? [`The ${shown.length} most repeated of ${number(summary.repeatedQuotes.length)}; --format json lists them all`] : [],
  }
}

function failedInputs(summary: CorpusSummary): CorpusSection {
  const shown = summary.failures.slice(0, TOP_FAILURES)
  return {
    title: 'Failed inputs',
    emptyMessage: 'None: every input was analysed',
    columns: [
      { header: 'Input', min: 12, max: 60 },
      { header: 'Reason', min: 16 },
    ],
    rows: shown.map((f) => [f.source === '-' ? 'standard input' : f.source, f.error]),
    notes: summary.failures.length > shown.length ? [`The first ${shown.length} of ${number(summary.failures.length)}; stderr and --format json list them all`] : [],
  }
}
