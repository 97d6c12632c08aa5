// A batch's JSON document, written piece by piece as the articles are done, yet byte for byte what
// JSON.stringify({articles, errors, summary}, null, 2) would give for the whole — without holding
// every article until the end:
//   {
//     "articles": [
//       { …one article, indented… },
//       …
//     ],
//     "errors": [ {"source": "photo.txt", "error": "binary file (not text)"} ],
//     "summary": { … }
//   }
import type { Analysis } from '../model'
import type { ErrorRecord } from '../model'
import type { CorpusSummary } from '../summary/summary-model'

export class JsonDocumentWriter {
  private articles = 0

  constructor(private readonly write: (text: string) => void) {}

  article(analysis: Analysis): void {
    // JSON.stringify escapes line breaks inside strings, so every "\n" here is between members
    const indented = JSON.stringify(analysis, null, 2).replace(/\n/g, '\n    ')
    this.write(`${this.articles === 0 ? '{\n  "articles": [\n' : ',\n'}    ${indented}`)
    this.articles++
  }

  end(errors: ErrorRecord[], summary: CorpusSummary): void {
    const head = this.articles === 0 ? '{\n  "articles": [],\n' : '\n  ],\n'
    // the rest of the document is the same object without its opening brace
    const rest = JSON.stringify({ errors, summary }, null, 2).slice(2)
    this.write(head + rest + '\n')
  }
}
