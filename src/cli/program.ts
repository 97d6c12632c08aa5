// The commander program: options, help text, and turning argv into checked CliOptions.
// Nothing here runs an analysis; parseCommandLine returns either the options or the exit code to stop with.
import { Command, CommanderError, Option } from 'commander'
import { FORMATS, type Format } from '../render/formats'
import { EXIT_FATAL, type ExitCode } from './exit-codes'
import { parseBytes, parseDate, parseExtensions, parseFieldList, parseFieldName, parseJobs, parseTimeout, parseWidth } from './option-parsers'
import { INPUT_FORMAT_CHOICES, normaliseInputFormat, type InputFormatChoice } from '../input/records/record-format'
import type { FieldOptions } from '../input/records/record-fields'

/** The renderers' formats, and "text": the article text each input gave, exactly as the analyzer reads it. */
export type OutputFormat = Format | 'text'
const OUTPUT_FORMATS: OutputFormat[] = [...FORMATS, 'text']

export interface CliOptions {
  /** Paths, folders, patterns and http(s) addresses as given; "-" is standard input. Empty when none were given. */
  inputs: string[]
  format: OutputFormat
  /** --date: the publication date, or null to let the article say. */
  date: string | null
  full: boolean
  explain: boolean
  width?: number
  /** False under --no-color. */
  color: boolean
  /** --jobs: worker threads for a batch, or null for one a core. */
  jobs: number | null
  /** --sort: results in input order rather than as they finish. */
  sort: boolean
  /** --summary: the corpus view instead of the articles. */
  summary: boolean
  /** --ext: the extensions of the files taken from folders, without the dot. */
  extensions: string[]
  /** --max-bytes: larger inputs are refused (for a URL, counted on the bytes as they arrive). */
  maxBytes: number
  /** --timeout in milliseconds: how long fetching a URL may take, body included. */
  timeoutMs: number
  /** False under --no-progress. */
  progress: boolean
  /** False under --no-name-gender: a speaker's gender from the article's words only, never from a first name. */
  nameGender: boolean
  /** --input-format: what the inputs are; "auto" goes by names (export.ndjson, export.csv) and standard input's first line. */
  inputFormat: InputFormatChoice
  /** --text-field, --id-field, --date-field, --keep-fields: how records are read. */
  fields: FieldOptions
  /** --from-results: the inputs are analyzer results (NDJSON) to reduce into the corpus summary. */
  fromResults: boolean
}

export const DEFAULT_EXTENSIONS = ['txt', 'html', 'htm']
export const DEFAULT_TIMEOUT_SECONDS = 30
/**
 * News articles are a few kilobytes; a 10 MB text (a transcript, a scraper's concatenation) takes about two
 * minutes and under 500 MB, analysed in sections (src/sections.ts). Larger inputs are more likely a mistake.
 */
export const DEFAULT_MAX_BYTES = 16 * 2 ** 20

export interface ProgramOutput {
  writeOut(text: string): void
  writeErr(text: string): void
  /** For wrapping the help text. */
  columns?: number
}

const HELP_AFTER = `
Examples:
  $ analyze article.txt                     tables in the terminal
  $ analyze article.txt --json | jq '.quotes[] | [.speaker, .text]'
  $ cat article.txt | analyze -             read standard input
  $ analyze a.txt b.txt --format ndjson     one JSON article a line
  $ analyze article.txt --date 2025-08-19 --explain --width 120
  $ analyze article.txt --format html > article.html
                                            a page: the article with each quote
                                            marked in its speaker's colour

Web pages (a saved .html/.htm file, a URL, or HTML on standard input):
  $ analyze page.html                       the article body, not the page
  $ analyze https://example.org/news/story  fetched (http and https only)
  $ curl -s URL | analyze -                 HTML is recognised by its content
  $ analyze page.html --format text         the text exactly as analysed
A page's own headline, byline and date are used (--date still wins); the
JSON carries the body as "text", the spans' offsets point into it.

Batches (a folder, a pattern, several files):
  $ analyze articles/                       every .txt, .html, .htm file below
  $ analyze 'news/**/*.txt' --format ndjson > out.ndjson
  $ analyze articles/ --format csv > quotes.csv      one row a quote
  $ analyze articles/ --summary             the corpus view: speakers across
                                            articles, quotes by type, failures
  $ analyze articles/ --format html > corpus.html
                                            the corpus view on top, then each
                                            article (open it with a click)
A batch is analysed on every core (--jobs), with a progress bar when stderr
is a terminal. Results come as each article is done; --sort keeps input order.
Hidden files and folders are skipped and reported on stderr.

Records (one article a record; results in input order, each with "id" and
"source": "export.ndjson#17", the record's line):
  $ analyze export.ndjson --format ndjson > results.ndjson   (.jsonl too)
  $ analyze export.csv --format csv > quotes.csv     CSV or .tsv, header row
  $ analyze export.json --summary                    a JSON array of records
  $ analyze export.csv --text-field story --keep-fields outlet,section
  $ zcat big.ndjson.gz | analyze - --input-format ndjson --format ndjson
                                            a line filter: a result line for
                                            each record, as it is read
  $ analyze --summary --from-results shard-*.ndjson
                                            the corpus view of results made
                                            on many machines, as one run's

An input that cannot be analysed gets one line on stderr and, in ndjson, a
line {"source": …, "error": …}; a batch's JSON lists it under "errors" and
"summary.failures". The others are analysed all the same.

Colour is used on a terminal only: NO_COLOR=1 or --no-color turns it off,
FORCE_COLOR=1 turns it on.

Exit codes:
  0  every input was analysed
  1  some input failed (missing, empty, binary, too large, a URL not fetched,
     a page or a record without text, …); the others were analysed
  2  usage error (unknown option, bad value) or fatal error
     (ANALYZE_DEBUG=1 adds the stack trace of a fatal error)
  130  interrupted (Ctrl-C)
`

export function createProgram(version: string, output: ProgramOutput): Command {
  return new Command('analyze')
    .usage('[options] <inputs...>')
    .description('Who said what in a news article: quotes, speakers, dates and figures, as tables or JSON.')
    .argument('[inputs...]', 'article files (.txt, or web pages .html/.htm), folders, quoted patterns (\'news/**/*.txt\') or http(s) URLs; "-" reads standard input, as does no input when it is piped')
    .option('--json', 'same as --format json')
    .option('--timeline', 'same as --format timeline: the resolved dates in order, each with its sentence and speaker')
    .addOption(new Option('--format <name>', 'output format (default: "table"); "text" prints the article text as analysed').choices(OUTPUT_FORMATS))
    .option('--date <YYYY-MM-DD>', 'publication date, for resolving "on Monday" or "next week" (default: from the article)', parseDate)
    .option('--full', 'show long quotes whole in the table (default: shortened with …)')
    .option('--explain', 'show which rule found each quote and which linked its speaker')
    .option('--width <n>', 'table width in columns, 40 to 1000 (default: the terminal\'s, else $COLUMNS, else 80)', parseWidth)
    .option('--no-color', 'no colours, even on a terminal')
    .option('--summary', 'print the corpus view instead of the articles: speakers across articles, quotes by type, failed inputs (table, markdown, json or html)')
    .option('--sort', 'print results in input order (default: as each article is done)')
    .option('--jobs <n>', 'worker threads for a batch (default: one a core)', parseJobs)
    .option('--ext <list>', 'extensions of the files taken from folders, comma-separated (default: "txt,html,htm")', parseExtensions)
    .option('--max-bytes <size>', 'refuse larger inputs, e.g. 500k or 2M; for a URL, the bytes received (default: "16M")', parseBytes)
    .option('--timeout <seconds>', `time allowed to fetch a URL, body included (default: ${DEFAULT_TIMEOUT_SECONDS})`, parseTimeout)
    .option('--no-progress', 'no progress bar (by default shown on stderr for a batch when stderr is a terminal)')
    .option('--no-name-gender', 'a speaker\'s gender from the article\'s words only ("she", "Ms", "chairwoman"), never from the usual gender of a first name')
    .addOption(
      new Option('--input-format <name>', 'what the inputs are (default: "auto": by file name, .ndjson/.jsonl/.csv/.tsv/.json being records, and standard input by its first line)').choices(
        INPUT_FORMAT_CHOICES,
      ),
    )
    .option('--text-field <name>', 'the field of a record that holds its text (default: text, body, content, articleBody or article, case ignored; "a.b" reaches into an object)', parseFieldName)
    .option('--id-field <name>', 'the field that holds a record\'s id (default: id, _id, guid or uuid; else its line)', parseFieldName)
    .option('--date-field <name>', 'the field that holds a record\'s publication date (default: published, date, publish_date, publication_date, datePublished, pubDate, …)', parseFieldName)
    .option('--keep-fields <list>', 'record fields to copy into each result under "fields", comma-separated', parseFieldList)
    .option('--from-results', 'the inputs are results of analyze --format ndjson, from any number of runs: with --summary, their corpus view')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(analyze --help shows the options)')
    .exitOverride()
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      // "error: unknown option '--bogus'" → "analyze: unknown option '--bogus'", like the input errors.
      outputError: (text, write) => write(`analyze: ${text.replace(/^error: /, '')}`),
      getOutHelpWidth: () => output.columns ?? 80,
      getErrHelpWidth: () => output.columns ?? 80,
    })
}

interface ParsedFlags {
  json?: boolean
  timeline?: boolean
  format?: OutputFormat
  date?: string
  full?: boolean
  explain?: boolean
  width?: number
  color: boolean
  summary?: boolean
  sort?: boolean
  jobs?: number
  ext?: string[]
  maxBytes?: number
  timeout?: number
  progress: boolean
  nameGender: boolean
  inputFormat?: (typeof INPUT_FORMAT_CHOICES)[number]
  textField?: string
  idField?: string
  dateField?: string
  keepFields?: string[]
  fromResults?: boolean
}

/** The checked options, or the exit code to stop with (0 after --help or --version, 2 for a usage error). */
export function parseCommandLine(argv: string[], version: string, output: ProgramOutput): CliOptions | ExitCode {
  const program = createProgram(version, output)
  try {
    program.parse(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_FATAL
    throw error
  }
  const opts = program.opts<ParsedFlags>()
  if (opts.json && opts.format !== undefined && opts.format !== 'json') {
    output.writeErr(`analyze: --json and --format ${opts.format} ask for different outputs; give one of them\n`)
    return EXIT_FATAL
  }
  if (opts.timeline && (opts.json || (opts.format !== undefined && opts.format !== 'timeline'))) {
    output.writeErr('analyze: --timeline and --json/--format ask for different outputs; give one of them\n')
    return EXIT_FATAL
  }
  const format = opts.json ? 'json' : opts.timeline ? 'timeline' : (opts.format ?? 'table')
  if (opts.summary && (format === 'ndjson' || format === 'csv' || format === 'timeline' || format === 'text')) {
    output.writeErr(`analyze: --summary prints the corpus view as a table, markdown, JSON or HTML, not as ${format}\n`)
    return EXIT_FATAL
  }
  if (opts.fromResults && !opts.summary) {
    output.writeErr('analyze: --from-results reduces results into the corpus view: give --summary with it\n')
    return EXIT_FATAL
  }
  const inputs = program.args
  if (inputs.filter((input) => input === '-').length > 1) {
    output.writeErr('analyze: "-" (standard input) can be given only once\n')
    return EXIT_FATAL
  }
  return {
    inputs,
    format,
    date: opts.date ?? null,
    full: opts.full ?? false,
    explain: opts.explain ?? false,
    width: opts.width,
    color: opts.color,
    jobs: opts.jobs ?? null,
    sort: opts.sort ?? false,
    summary: opts.summary ?? false,
    extensions: opts.ext ?? DEFAULT_EXTENSIONS,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: opts.timeout ?? DEFAULT_TIMEOUT_SECONDS * 1000,
    progress: opts.progress,
    nameGender: opts.nameGender,
    inputFormat: normaliseInputFormat(opts.inputFormat ?? 'auto'),
    fields: { textField: opts.textField, idField: opts.idField, dateField: opts.dateField, keepFields: opts.keepFields },
    fromResults: opts.fromResults ?? false,
  }
}
