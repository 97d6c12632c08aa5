// The names of the output formats, apart from the renderers themselves: the command line checks
// `--format` against these without loading chalk and cli-table3, which keeps `analyze --version` quick.

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'timeline', 'html'] as const
export type Format = (typeof FORMATS)[number]
