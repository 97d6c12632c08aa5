// PLACEHOLDER until the dates extractor lands: finds nothing.
import type { DateMention } from '../model'
import type { ParsedArticle } from '../nlp/parse'

export function extractDates(_article: ParsedArticle, _published: string | null): DateMention[] {
  return []
}
