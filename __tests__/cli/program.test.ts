import { parseCommandLine } from '../../src/cli/program'

function parse(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const result = parseCommandLine(argv, '9.9.9', { writeOut: (t) => out.push(t), writeErr: (t) => err.push(t) })
  return { result, out: out.join(''), err: err.join('') }
}

describe('parseCommandLine', () => {
  it('gives the defaults for a bare file', () => {
    expect(parse('a.txt').result).toEqual({
      inputs: ['a.txt'], format: 'table', date: null, full: false, explain: false, width: undefined, color: true,
      jobs: null, sort: false, summary: false, extensions: ['txt', 'html', 'htm'], maxBytes: 16 * 2 ** 20, timeoutMs: 30_000, progress: true, nameGender: true,
      inputFormat: 'auto', fields: { textField: undefined, idField: undefined, dateField: undefined, keepFields: undefined }, fromResults: false,
    })
  })

  it('reads every option', () => {
    expect(parse('a.txt', '-', '--format', 'csv', '--date', '2025-08-19', '--full', '--explain', '--width', '120', '--no-color',
      '--jobs', '3', '--sort', '--ext', 'txt,.MD', '--max-bytes', '500k', '--timeout', '2.5', '--no-progress', '--no-name-gender').result).toEqual({
      inputs: ['a.txt', '-'], format: 'csv', date: '2025-08-19', full: true, explain: true, width: 120, color: false,
      jobs: 3, sort: true, summary: false, extensions: ['txt', 'md'], maxBytes: 512000, timeoutMs: 2500, progress: false, nameGender: false,
      inputFormat: 'auto', fields: { textField: undefined, idField: undefined, dateField: undefined, keepFields: undefined }, fromResults: false,
    })
    expect(parse('articles/', '--summary', '--format', 'markdown').result).toMatchObject({ inputs: ['articles/'], summary: true, format: 'markdown' })
    expect(parse('articles/', '--summary', '--format', 'html').result).toMatchObject({ inputs: ['articles/'], summary: true, format: 'html' })
  })

  it('reads the options of records and of the reduce', () => {
    expect(parse('-', '--input-format', 'jsonl', '--text-field', 'fields.bodyText', '--id-field', 'story_id', '--date-field', 'firstPublished', '--keep-fields', 'outlet, section,outlet').result).toMatchObject({
      inputFormat: 'ndjson', fields: { textField: 'fields.bodyText', idField: 'story_id', dateField: 'firstPublished', keepFields: ['outlet', 'section'] },
    })
    expect(parse('export.txt', '--input-format', 'csv').result).toMatchObject({ inputFormat: 'csv' })
    expect(parse('r1.ndjson', 'r2.ndjson', '--summary', '--from-results', '--json').result).toMatchObject({ inputs: ['r1.ndjson', 'r2.ndjson'], fromResults: true, summary: true })
  })

  it.each([[['--json']], [['--json', '--format', 'json']], [['--format', 'json']]])('%j means JSON', (args) => {
    expect(parse('a.txt', ...args).result).toMatchObject({ format: 'json' })
  })

  it('leaves inputs empty when none are given (the run decides about stdin)', () => {
    expect(parse().result).toMatchObject({ inputs: [] })
  })

  it.each([
    [['--bogus'], "analyze: unknown option '--bogus'"],
    [['--date', 'nonsense'], "analyze: option '--date <YYYY-MM-DD>' argument 'nonsense' is invalid. Expected a real day as YYYY-MM-DD"],
    [['--width', '10'], "analyze: option '--width <n>' argument '10' is invalid."],
    [['--format', 'xml'], "analyze: option '--format <name>' argument 'xml' is invalid. Allowed choices are table, json, ndjson, csv, markdown, timeline, html, text."],
    [['--json', '--format', 'csv'], 'analyze: --json and --format csv ask for different outputs'],
    [['-', '-'], 'analyze: "-" (standard input) can be given only once'],
    [['--summary', '--format', 'ndjson'], 'analyze: --summary prints the corpus view as a table, markdown, JSON or HTML, not as ndjson'],
    [['--summary', '--format', 'csv'], 'analyze: --summary prints the corpus view as a table, markdown, JSON or HTML, not as csv'],
    [['--jobs', '0'], "analyze: option '--jobs <n>' argument '0' is invalid. Expected a whole number of worker threads from 1 to 256."],
    [['--ext', ''], "analyze: option '--ext <list>' argument '' is invalid."],
    [['--max-bytes', 'lots'], "analyze: option '--max-bytes <size>' argument 'lots' is invalid."],
    [['--timeout', '0'], "analyze: option '--timeout <seconds>' argument '0' is invalid. Expected seconds"],
    [['--summary', '--format', 'text'], 'analyze: --summary prints the corpus view as a table, markdown, JSON or HTML, not as text'],
    [['--input-format', 'xml'], "analyze: option '--input-format <name>' argument 'xml' is invalid. Allowed choices are auto, text, html, ndjson, jsonl, csv, tsv, json."],
    [['--text-field', ' '], "analyze: option '--text-field <name>' argument ' ' is invalid. Expected the name of one field"],
    [['--keep-fields', 'a,,b'], "analyze: option '--keep-fields <list>' argument 'a,,b' is invalid. Expected field names separated by commas"],
    [['--from-results'], 'analyze: --from-results reduces results into the corpus view: give --summary with it'],
  ])('%j is a usage error: exit 2 and one message on stderr', (args, message) => {
    const { result, out, err } = parse('a.txt', ...args)
    expect(result).toBe(2)
    expect(err.startsWith(message)).toBe(true)
    expect(out).toBe('')
  })

  it('prints the version on stdout and stops with 0', () => {
    for (const flag of ['-V', '--version']) expect(parse(flag)).toEqual({ result: 0, out: '9.9.9\n', err: '' })
  })

  it('prints help with examples and exit codes on stdout and stops with 0', () => {
    const { result, out, err } = parse('--help')
    expect(result).toBe(0)
    expect(err).toBe('')
    expect(out).toContain('Usage: analyze [options] <inputs...>')
    expect(out).toContain("analyze article.txt --json | jq '.quotes[] | [.speaker, .text]'")
    expect(out).toContain('zcat big.ndjson.gz | analyze - --input-format ndjson --format ndjson')
    expect(out).toContain('analyze --summary --from-results shard-*.ndjson')
    expect(out).toMatch(/Exit codes:\n {2}0 {2}every input .*\n {2}1 {2}some input failed .*\n(.*\n)? {2}2 {2}usage error/)
  })
})
