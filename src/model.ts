// The Analysis model: the JSON contract (schema version 1) and the only thing renderers see.
//
// Every span satisfies `text === input.slice(start, end)`, offsets being JavaScript string indices
// (UTF-16 code units, 0-based, end exclusive) into the decoded input with any BOM removed.
// Fields may be added within schema 1; renaming or removing one needs a new schemaVersion.

export const SCHEMA_VERSION = 1 as const

/** A piece of the input: `text === input.slice(start, end)`. */
export interface Span {
  text: string
  start: number
  end: number
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'anonymous'

/** One person or body quoted in the article, however many ways the article names it. */
export interface Speaker {
  /** "s1", "s2", … in order of first quote. */
  id: string
  /** The fullest name the article gives ("Donald Trump"), or the description for anonymous sources ("a European official"). */
  name: string
  kind: SpeakerKind
  /** Title or role as the article gives it ("US president"), or null. */
  title: string | null
  /** Other ways the article names the speaker ("Mr Trump", "the US president"), pronouns left out. */
  aliases: string[]
  quoteCount: number
  /**
   * How the article refers to this speaker: "female" ("she said", "Ms Major", "the chairwoman"), "male", or null —
   * a body or a group, nothing said, or evidence both ways (see `genderConflict`). Not a statement about anyone's
   * identity. Always present in the analyzer's output; optional here for callers that build speakers themselves.
   */
  gender?: Gender | null
  /** What said so, strongest first: pronouns resolved to the speaker, honorifics, titles, then (only when the article gives none) the first name. */
  genderEvidence?: GenderEvidence[]
  /** Present when `gender` is null because the evidence disagrees: "she (2) against he (1)". */
  genderConflict?: string
}

export type Gender = 'female' | 'male'

/** One piece of evidence for a speaker's gender. */
export interface GenderEvidence {
  /** "pronoun" ("she", "his"), "honorific" ("Ms", "Sir"), "title" ("chairwoman", "mother", "king"), "first-name". */
  kind: 'pronoun' | 'honorific' | 'title' | 'first-name'
  gender: Gender
  /** The word as the article writes it ("She", "Mr", "spokeswoman"), or the first name looked up ("Jessica"). */
  text: string
  /** Where the word stands in the input (`text === input.slice(start, end)`); absent for a first name looked up. */
  start?: number
  end?: number
  /**
   * For a first name from US records: the share of US babies so named, born 1930–2005, who were of that sex
   * (0.95–1); absent for one from the World Gender-Name Dictionary, which gives no frequencies.
   */
  share?: number
}

export type QuoteType = 'direct' | 'mixed' | 'indirect'

/** Why a quote and its speaker were found: the rule names, shown by `--explain`. */
export interface QuoteExplanation {
  /** The rule that found the quote ("quote-marks", "cue-clause", "according-to", …). */
  found: string
  /** The rule that linked the speaker ("subject-before-cue", "pronoun", "previous-quote", …), or null. */
  speaker: string | null
}

export interface Quote extends Span {
  /** "q1", "q2", … in text order. */
  id: string
  type: QuoteType
  /** The canonical speaker name, or null when nobody could be linked. */
  speaker: string | null
  speakerId: string | null
  /** The words near the quote that name the speaker ("he", "Mr Trump"), or null for a floating quote. */
  mention: Span | null
  /** The reporting verb ("said", "told", "according to"), or null. */
  cue: Span | null
  /** Present only with the explain option. */
  explain?: QuoteExplanation
}

export type DateKind = 'date' | 'range' | 'duration' | 'deadline' | 'time'

/** Inclusive period of days, `YYYY-MM-DD`. */
export interface DayRange {
  start: string
  end: string
}

export interface DateMention extends Span {
  kind: DateKind
  /** The day or period a reader would understand, or null (no publication date, or nothing to resolve). */
  resolved: DayRange | null
  /** The quote the expression sits in, or null. */
  quoteId: string | null
  /** The sentence the expression sits in, for a timeline ("Mr Zelenskiy said on Monday evening that …"). */
  sentence: string
}

export type FigureKind = 'money' | 'percent' | 'count' | 'quantity' | 'duration'

export interface Figure extends Span {
  kind: FigureKind
  /** The normalised value ("$90 billion" → 90000000000), or null when it cannot be computed. */
  value: number | null
  /** ISO 4217 currency code for money, "%" for percentages, a unit word ("day", "tonne") or null for bare counts. */
  unit: string | null
  /** The upper end for a range ("3-5%" → value 3, valueMax 5); absent otherwise. */
  valueMax?: number
  /** A few words saying what the figure counts ("a package with our proposals worth"). */
  context: string
  /** The quote the figure sits in, or null. */
  quoteId: string | null
}

export interface ArticleStats {
  characters: number
  words: number
}

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION
  /** The path or URL as given, "-" for standard input, or a record's place: "export.ndjson#17" (its line). */
  source: string
  /** A record's id: the record's own (`id`, `_id`, `guid`, `uuid` or --id-field), else its line or row number. */
  id?: string | null
  /** The headline: a web page's own (without the site's name), else a short first line of the text, or null. */
  title: string | null
  /**
   * The publication date `YYYY-MM-DD`: --date, else the date a web page states in its metadata, else the one the
   * article's text gives (a "date" line, a dateline), or null.
   */
  published: string | null
  /** The author or authors a web page names ("Ana Lee and Tom Kerr"), or null; absent for plain text. */
  byline?: string | null
  /** The publication's name a web page gives ("Daily Post"), or null; absent for plain text. */
  siteName?: string | null
  /** A web page's canonical address (else the address it was fetched from), or null; absent for plain text. */
  url?: string | null
  /** A web page's language as it declares it ("en", "en-GB"), or null; absent for plain text. */
  lang?: string | null
  /**
   * What the input was, when read by the CLI: "text" (analysed as it is), "html" (a web page, file or URL) or
   * "record" (one record of an NDJSON, CSV or JSON export; its text may itself be a page).
   */
  inputFormat?: InputFormat
  /** The encoding the input was decoded from ("utf-8", "utf-16le", "windows-1252", …), when read by the CLI. */
  encoding?: string
  /** A record's fields named by --keep-fields, as the record gives them (absent ones null): to join results back. */
  fields?: Record<string, unknown>
  stats: ArticleStats
  speakers: Speaker[]
  quotes: Quote[]
  dates: DateMention[]
  figures: Figure[]
  /**
   * The text every span indexes into (`text.slice(quote.start, quote.end) === quote.text`), present when it
   * is not the input itself: the article body read from a web page, or a record's text. Absent for plain-text inputs (the caller
   * has it already; the CLI hands it to the HTML report beside the analysis).
   */
  text?: string
}

/**
 * The record of an input that could not be analysed, as it appears in the output:
 *   ndjson   {"source": "articles/photo.txt", "error": "binary file (not text): looks like a PNG image"}
 *   json     the same objects in a batch document's "errors" array and in summary.failures
 * and as one line on stderr: "analyze: articles/photo.txt: binary file (not text): looks like a PNG image".
 */
export interface ErrorRecord {
  /** The path as found or given, "-" for standard input, or a record's place ("export.ndjson#3"). */
  source: string
  /** One line for people. */
  error: string
  /** A failed record's id (its own, else its line): it still joins back to the user's data. */
  id?: string | null
}

export type InputFormat = 'text' | 'html' | 'record'

export interface AnalyzeOptions {
  /** Shown as `source`; "-" for stdin. */
  source?: string
  /** Publication date `YYYY-MM-DD`; overrides whatever the article states. */
  published?: string | null
  /** Add `explain` to every quote. */
  explain?: boolean
  /**
   * When the article gives a person no pronoun, honorific or gendered title, take the usual gender of their first
   * name from the bundled list of US birth records (default true; `--no-name-gender` turns it off).
   */
  nameGender?: boolean
}
