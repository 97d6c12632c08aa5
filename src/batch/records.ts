// The record of an input that could not be analysed, as it appears in the output:
//   ndjson   {"source": "articles/photo.txt", "error": "binary file (not text): looks like a PNG image"}
//   json     the same objects in the document's "errors" array and in summary.failures
// and as one line on stderr: "analyze: articles/photo.txt: binary file (not text): looks like a PNG image".

export interface ErrorRecord {
  /** The path as found or given, or "-" for standard input. */
  source: string
  /** One line for people. */
  error: string
}
