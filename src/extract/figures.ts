// Figures: every numeric figure of the body with its normalised value and unit — money with its ISO 4217
// currency ("$90 billion" → 90000000000 USD), percentages, counts ("three people" → 3), quantities
// ("20 tonnes"), durations ("six-hour" → 6 hour) and ranges ("3-5%" → 3 to 5). Years and dates are not
// figures: the dates extractor's spans are masked first ("January 4", "2019", "3pm").
import type { Figure } from '../model'
import type { ParsedArticle } from '../nlp/parse'
import { findDateCandidates } from './dates/find-candidates'
import type { DateCandidate } from './dates/meaning'
import { sentenceTexts, type SentenceText } from './dates/sentence-text'
import { contextOf } from './figures/context'
import { metresNotMillions } from './figures/metres'
import { isNotFigure } from './figures/not-figures'
import { CORE_RE, readFigure, type RawFigure } from './figures/scan'

/** A sentence with no digit and no number word holds no figure. */
const MAY_HOLD_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)/i

/**
 * Date spans that hide numbers: dates, years, ranges of them, times and "by the end of 2006". Durations and
 * other deadlines hold figures of their own ("within 10 days" → 10 days).
 */
function maskedSpans(article: ParsedArticle): Map<number, Array<[number, number]>> {
  const masks = new Map<number, Array<[number, number]>>()
  for (const { sentence, dates } of findDateCandidates(article)) {
    const hides = (d: DateCandidate) => d.kind === 'date' || d.kind === 'range' || d.kind === 'time' || d.meaning.type === 'until'
    const spans = dates.filter(hides).map((d): [number, number] => [d.start, d.end])
    if (spans.length) masks.set(sentence.sentence, spans)
  }
  return masks
}

function toFigure(s: SentenceText, raw: RawFigure): Figure {
  const start = s.start + raw.start
  const end = s.start + raw.end
  const figure: Figure = {
    text: s.text.slice(raw.start, raw.end), start, end, kind: raw.kind, value: raw.first.value, unit: raw.unit,
    context: contextOf(s.text, raw.start, raw.end, raw.kind === 'count'), quoteId: null,
  }
  if (raw.second) figure.valueMax = raw.second.value
  return figure
}

export function extractFigures(article: ParsedArticle): Figure[] {
  const masks = maskedSpans(article)
  const figures: Figure[] = []
  for (const s of sentenceTexts(article)) {
    if (!MAY_HOLD_FIGURE.test(s.text)) continue
    const masked = masks.get(s.sentence) ?? []
    let consumed = 0
    for (const m of s.text.matchAll(CORE_RE)) {
      if (m.index < consumed) continue
      const read = readFigure(s.text, m)
      if (!read) continue
      const raw = metresNotMillions(s, read)
      const start = s.start + raw.start
      const end = s.start + raw.end
      if (masked.some(([a, b]) => start < b && end > a) || isNotFigure(s, raw)) continue
      figures.push(toFigure(s, raw))
      consumed = raw.end
    }
  }
  return figures.sort((a, b) => a.start - b.start)
}
