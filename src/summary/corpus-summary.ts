// analyses (+ failures) → the corpus summary. Built one article at a time (add, addFailure, result), so a
// streamed batch keeps only counters; `summarize` is the same as one pure function, for tests and callers
// that have the analyses already. Neither depends on the order the articles come in.
import type { Analysis } from '../model'
import type { ErrorRecord } from '../model'
import { SpeakerTally } from './speaker-tally'
import type { CorpusSummary, QuoteTotals } from './summary-model'

export class SummaryBuilder {
  private articles = 0
  private words = 0
  private readonly quotes: QuoteTotals = { total: 0, direct: 0, mixed: 0, indirect: 0, unattributed: 0 }
  private readonly speakers = new SpeakerTally()
  private readonly failures: Array<{ index: number; record: ErrorRecord }> = []

  add(analysis: Analysis): void {
    this.articles++
    this.words += analysis.stats.words
    for (const quote of analysis.quotes) {
      this.quotes.total++
      this.quotes[quote.type]++
      if (quote.speaker === null) this.quotes.unattributed++
    }
    this.speakers.add(analysis.speakers)
  }

  /** `index` is the input's place in the batch: failures are listed in input order whenever they happened. */
  addFailure(record: ErrorRecord, index: number): void {
    this.failures.push({ index, record: { source: record.source, error: record.error } })
  }

  result(): CorpusSummary {
    const failures = [...this.failures].sort((a, b) => a.index - b.index).map((f) => f.record)
    return {
      articles: this.articles,
      failed: failures.length,
      words: this.words,
      quotes: { ...this.quotes },
      speakers: this.speakers.speakers(),
      anonymous: this.speakers.anonymousSources(),
      failures,
    }
  }
}

export function summarize(analyses: Analysis[], failures: ErrorRecord[] = []): CorpusSummary {
  const builder = new SummaryBuilder()
  for (const analysis of analyses) builder.add(analysis)
  failures.forEach((record, index) => builder.addFailure(record, index))
  return builder.result()
}
