// An input as the sections it is analysed in, and the Analysis their findings add up to: what analyze() does
// around the parsing, in a module that does not load compromise. The main thread of a run can then cut a 10 MB
// transcript into sections, have every worker analyse one at once (batch/pool.ts), and join what they found;
// analyze() does the same in one thread. An article of ordinary length is one section.
import { SCHEMA_VERSION, type Analysis, type AnalyzeOptions } from './model'
import { readMetadata, type ArticleMetadata } from './input/metadata'
import { joinSections, SECTION_CHARS, sectionsOf, type Findings } from './sections'
import { addNameGender } from './extract/speakers/name-gender'

/** Inputs longer than this are worth analysing on several workers at once, a section each (batch/pool.ts). */
export const SPLIT_CHARS = 2 * SECTION_CHARS

/** One section to analyse: its text, where it starts in the input, and what it knows of the whole. */
export interface SectionJob {
  offset: number
  text: string
  /** The metadata line and headline belong to the first section only. */
  metadata: ArticleMetadata
  published: string | null
  explain: boolean
  /** False under --no-name-gender: no first name's usual gender, even to choose whom "she" means. */
  nameGender: boolean
}

export interface ArticlePlan {
  source: string
  title: string | null
  published: string | null
  characters: number
  /** False under --no-name-gender: a speaker's gender from the article's words only. */
  nameGender: boolean
  jobs: SectionJob[]
}

/** `sectionChars`: how long a section is at least (sections.ts); tests make it short to cut a small text. */
export function planArticle(text: string, options: AnalyzeOptions = {}, sectionChars = SECTION_CHARS): ArticlePlan {
  const metadata = readMetadata(text)
  const published = options.published ?? metadata.published
  const explain = options.explain === true
  const sections = sectionsOf(text, sectionChars)
  const later: ArticleMetadata = { title: null, published, marker: null }
  return {
    source: options.source ?? '-',
    title: metadata.title,
    published,
    characters: text.length,
    nameGender: options.nameGender !== false,
    jobs: sections.map((s, i) => ({
      offset: s.start,
      text: sections.length === 1 ? text : text.slice(s.start, s.end),
      metadata: i === 0 ? metadata : later,
      published,
      explain,
      nameGender: options.nameGender !== false,
    })),
  }
}

/** The Analysis of the whole input from the findings of its sections, in the order of `plan.jobs`. */
export function assembleAnalysis(plan: ArticlePlan, findings: Findings[]): Analysis {
  const found = findings.length === 1 ? findings[0] : joinSections(plan.jobs.map((job, i) => ({ offset: job.offset, findings: findings[i] })))
  // the article's words first (in attribute()); a first name only for people it says nothing about
  if (plan.nameGender) addNameGender(found.speakers.filter((s) => !found.notNamedAsPeople.includes(s.name)), found.givenNames)
  return {
    schemaVersion: SCHEMA_VERSION,
    source: plan.source,
    title: plan.title,
    published: plan.published,
    stats: { characters: plan.characters, words: found.words },
    speakers: found.speakers,
    quotes: found.quotes,
    dates: found.dates,
    figures: found.figures,
  }
}
