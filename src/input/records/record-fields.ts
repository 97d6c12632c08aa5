// One record (an object of fields) → the article it holds: its text, and the id, date, title and address
// that let the result join back to the user's data. Fields are found by their usual names, case ignored:
//
//   {"id": 17, "Title": "Storm closes schools", "body": "Twelve schools …", "pubDate": "Tue, 19 Aug 2025 …"}
//     → text "Twelve schools …", id "17", title "Storm closes schools", published 2025-08-19
//
// --text-field, --id-field and --date-field name another field; a dotted name reaches into an object
// ("fields.bodyText" in {"fields": {"bodyText": "…"}}). A record without text is a problem that names the
// names tried, so the user knows which option to give.
import { recordDate } from './record-date'

export const TEXT_FIELDS = ['text', 'body', 'content', 'articleBody', 'article']
export const ID_FIELDS = ['id', '_id', 'guid', 'uuid']
export const DATE_FIELDS = ['published', 'date', 'publish_date', 'publication_date', 'datePublished', 'pubDate', 'publishedAt', 'published_at']
const TITLE_FIELDS = ['title', 'headline']
const URL_FIELDS = ['url', 'link']

export interface FieldOptions {
  textField?: string
  idField?: string
  dateField?: string
  /** --keep-fields: copied as they are into the result's `fields` (absent ones as null). */
  keepFields?: string[]
}

export interface RecordArticle {
  text: string
  /** The record's own id, or null (the caller then uses its line or row number). */
  id: string | null
  published: string | null
  title: string | null
  url: string | null
  /** The fields named by --keep-fields, under the names given. */
  fields?: Record<string, unknown>
  /** The date field held something that is not a date we read ("next Tuesday"): said on stderr. */
  dateProblem?: string
}

export type RecordFieldsResult = { ok: true; article: RecordArticle } | { ok: false; error: string; id: string | null }

export function recordArticle(record: Record<string, unknown>, options: FieldOptions = {}): RecordFieldsResult {
  const id = idOf(first(record, options.idField ? [options.idField] : ID_FIELDS))
  const text = textOf(record, options.textField ? [options.textField] : TEXT_FIELDS)
  if (typeof text !== 'string') return { ok: false, error: text.problem, id }
  const dateValue = first(record, options.dateField ? [options.dateField] : DATE_FIELDS)
  const published = dateValue === undefined || dateValue === null || dateValue === '' ? null : recordDate(dateValue)
  const article: RecordArticle = {
    text,
    id,
    published,
    title: stringOf(first(record, TITLE_FIELDS)),
    url: stringOf(first(record, URL_FIELDS)),
  }
  if (options.keepFields && options.keepFields.length > 0) {
    article.fields = Object.fromEntries(options.keepFields.map((name) => [name, field(record, name) ?? null]))
  }
  if (published === null && dateValue !== undefined && dateValue !== null && dateValue !== '') {
    article.dateProblem = `date ${JSON.stringify(dateValue).slice(0, 60)} not read (ISO 8601, RFC 2822 or epoch seconds are)`
  }
  return { ok: true, article }
}

/** The first text found under the names, or why there is none. */
function textOf(record: Record<string, unknown>, names: string[]): string | { problem: string } {
  let sawEmpty = false
  for (const name of names) {
    const value = field(record, name)
    if (typeof value === 'string') {
      if (value.trim() !== '') return value
      sawEmpty = true
    } else if (value === null) {
      sawEmpty = true
    } else if (value !== undefined) {
      return { problem: `the text field "${name}" holds ${kindOf(value)}, not text` }
    }
  }
  return { problem: sawEmpty ? 'empty text' : `no text field (tried ${names.join(', ')})` }
}

function first(record: Record<string, unknown>, names: string[]): unknown {
  for (const name of names) {
    const value = field(record, name)
    if (value !== undefined && value !== null && value !== '') return value
  }
  return undefined
}

/** A field by name, case ignored (an exact match first); "a.b" is field b of the object in field a. */
export function field(record: Record<string, unknown>, name: string): unknown {
  let value: unknown = record
  for (const part of name.includes('.') && !(name in record) ? name.split('.') : [name]) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    const object = value as Record<string, unknown>
    if (Object.prototype.hasOwnProperty.call(object, part)) {
      value = object[part]
      continue
    }
    const lower = part.toLowerCase()
    const key = Object.keys(object).find((k) => k.toLowerCase() === lower)
    value = key === undefined ? undefined : object[key]
  }
  return value
}

/** 17 → "17"; "a1b2" → "a1b2"; MongoDB's {"$oid": "64f…"} → "64f…"; anything else → null. */
function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value !== null && typeof value === 'object' && typeof (value as { $oid?: unknown }).$oid === 'string') return (value as { $oid: string }).$oid
  return null
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
