// PLACEHOLDER until the figures extractor lands: finds nothing.
import type { Figure } from '../model'
import type { ParsedArticle } from '../nlp/parse'

export function extractFigures(_article: ParsedArticle): Figure[] {
  return []
}
