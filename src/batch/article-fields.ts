// The analysis of an input, with what the reading learnt about it: the format it came in, the encoding, and
// for a web page what the page states (headline, byline, site, canonical address, language) and the body text
// the spans index into: `analysis.text.slice(quote.start, quote.end) === quote.text`.
//
// A page's own headline wins over the analyzer's guess from the first line; its date was already given to
// the analysis (unless --date), so `published` comes from there. A record's own id, title and address win
// over everything (the export knows its articles), and it always carries its text: the spans index into it.
import type { Analysis } from '../model'
import type { ReadResult } from './read-article'

type ReadArticle = Extract<ReadResult, { ok: true }>

/** What withInputFields reads of an input besides its text: sent along with the text to a worker that renders. */
export type InputFacts = Pick<ReadArticle, 'encoding' | 'page' | 'record'>

/** The facts of a read input, with no key for what it does not have (a plain file has none: nothing to send). */
export function inputFacts(read: ReadArticle): InputFacts | undefined {
  const facts: InputFacts = {
    ...(read.encoding ? { encoding: read.encoding } : {}),
    ...(read.page ? { page: read.page } : {}),
    ...(read.record ? { record: read.record } : {}),
  }
  return Object.keys(facts).length > 0 ? facts : undefined
}

export function withInputFields(analysis: Analysis, read: InputFacts & { text: string }): Analysis {
  const { schemaVersion, source, title, published, stats, speakers, quotes, dates, figures, ...rest } = analysis
  const encoding = read.encoding ? { encoding: read.encoding } : {}
  // what the analysis found, after what the input said about itself
  const findings = { ...rest, stats, speakers, quotes, dates, figures }
  const { record, page } = read
  if (record) {
    const pageFields = page ? { byline: page.byline, siteName: page.siteName, lang: page.lang } : {}
        const kept = record.fields ? { fields: record.fields } : {}
    const url = record.url ?? page?.url ?? null
    return { schemaVersion, source, id: record.id, title: record.title ?? page?.title ?? title, published, ...pageFields, url, inputFormat: 'record', ...encoding, ...kept, ...findings, text: read.text }
  }
  if (!page) return { schemaVersion, source, title, published, inputFormat: 'text', ...encoding, ...findings }
  const pageFields = { byline: page.byline, siteName: page.siteName, url: page.url, lang: page.lang }
  return { schemaVersion, source, title: page.title ?? title, published, ...pageFields, inputFormat: 'html', ...encoding, ...findings, text: read.text }
}
