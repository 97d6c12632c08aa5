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
import { writeJsonPieces } from './json-pieces'

export class JsonDocumentWriter {
  private articles = 0

  constructor(private readonly write: (text: string) => void) {}

  article(analysis: Analysis): void {
    this.write(`${this.articles === 0 ? '{\n  "articles": [\n' : ',\n'}    `)
    // in pieces: a 10 MB transcript's analysis is tens of megabytes of JSON
    writeJsonPieces(analysis, this.write, { pretty: true, indent: '    ' })
    this.articles++
  }

  end(errors: ErrorRecord[], summary: CorpusSummary): void {
    const head = this.articles === 0 ? '{\n  "articles": [],\n' : '\n  ],\n'
    // the rest of the document is the same object without its opening brace
    const rest = JSON.stringify({ errors, summary }, null, 2).slice(2)
    this.write(head + rest + '\n')
  }
}
