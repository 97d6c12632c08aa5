// analyses (+ failures) → the corpus summary. Built one article at a time (add, addFailure, result), so a
// streamed batch keeps only counters (and a fingerprint of each quoted statement, to find the repeated
// ones); `summarize` is the same as one pure function, for tests and callers that have the analyses already.
// Neither depends on the order the articles come in: a summary reduced from the results of many runs
// (--from-results) is the one a single run over all their inputs prints.
import type { Analysis } from '../model'
import type { ErrorRecord } from '../model'
import { RepeatedQuotes } from './repeated-quotes'
import { compareSources } from './source-order'
import { SpeakerTally } from './speaker-tally'
import type { CorpusSummary, QuoteTotals } from './summary-model'

export class SummaryBuilder {
  private articles = 0
  private words = 0
  private readonly quotes: QuoteTotals = { total: 0, direct: 0, mixed: 0, indirect: 0, unattributed: 0 }
  private readonly speakers = new SpeakerTally()
  private readonly repeated = new RepeatedQuotes()
  private readonly failures: ErrorRecord[] = []

  add(analysis: Analysis): void {
    this.articles++
    this.words += analysis.stats.words
    for (const quote of analysis.quotes) {
      this.quotes.total++
      this.quotes[quote.type]++
      if (quote.speaker === null) this.quotes.unattributed++
    }
    this.repeated.add(analysis, this.speakers.add(analysis.speakers))
  }

  /** Listed by source whenever they happened (compareSources). */
  addFailure(record: ErrorRecord): void {
    this.failures.push(record.id === undefined ? { source: record.source, error: record.error } : { source: record.source, id: record.id, error: record.error })
  }

  result(): CorpusSummary {
    const failures = [...this.failures].sort((a, b) => compareSources(a.source, b.source) || (a.error < b.error ? -1 : a.error > b.error ? 1 : 0))
    const corpus = this.speakers.corpus()
    return {
      articles: this.articles,
      failed: failures.length,
      words: this.words,
      quotes: { ...this.quotes },
      speakers: corpus.speakers,
      anonymous: this.speakers.anonymousSources(),
      gender: this.speakers.genderCounts(corpus.speakers),
      repeatedQuotes: this.repeated.result(corpus.nameOf),
      failures,
    }
  }
}

export function summarize(analyses: Analysis[], failures: ErrorRecord[] = []): CorpusSummary {
  const builder = new SummaryBuilder()
  for (const analysis of analyses) builder.add(analysis)
  for (const record of failures) builder.addFailure(record)
  return builder.result()
}
