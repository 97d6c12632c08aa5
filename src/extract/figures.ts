// Figures: every numeric figure of the body with its normalised value and unit — money with its ISO 4217
// currency ("$90 billion" → 90000000000 USD), percentages, counts ("three people" → 3), quantities
// ("20 tonnes"), durations ("six-hour" → 6 hour) and ranges ("3-5%" → 3 to 5). Years and dates are not
// figures: the dates extractor's spans are masked first ("January 4", "2019", "3pm").
import type { Figure } from '../model'
import { findDateCandidates } from './dates/find-candidates'
import type { DateCandidate } from './dates/meaning'
import { tokenAt, tokenIndexAt, type ParsedArticle } from '../nlp/parse'
import { sentenceTexts, type SentenceText } from './dates/sentence-text'
import { contextOf } from './figures/context'
import { localCurrency, localUnit } from './figures/story-country'
import { continuesMoney, impliedUnit } from './figures/implied-units'
import { metresNotMillions } from './figures/metres'
import { isAfterName, isNotFigure } from './figures/not-figures'
import { CORE_RE, readFigure, type RawFigure } from './figures/scan'
import { allMatches } from './all-matches'

/** A sentence with no digit and no number word holds no figure. */
const MAY_HOLD_FIGURE = /\d|\b(?:half|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)/i

/**
 * Date spans that hide numbers: dates, years, ranges of them, times and "by the end of 2006". Durations and
 * other deadlines hold figures of their own ("within 10 days" → 10 days). Ages are kept apart: their number is a
 * figure, a stretch of time lived ("Tom Okafor, 42," → 42 years).
 */
interface DateSpans { masks: Array<[number, number]>; ages: Array<{ start: number; end: number; unit: string }> }

function dateSpans(article: ParsedArticle): Map<number, DateSpans> {
  const spans = new Map<number, DateSpans>()
  for (const { sentence, dates } of findDateCandidates(article)) {
    const hides = (d: DateCandidate) => d.kind === 'date' || d.kind === 'range' || d.kind === 'time' || d.meaning.type === 'until'
    const masks = dates.filter(hides).map((d): [number, number] => [d.start, d.end])
    const ages = dates.flatMap((d) => d.meaning.type === 'age' ? [{ start: d.start, end: d.end, unit: d.meaning.unit }] : [])
    if (masks.length || ages.length) spans.set(sentence.sentence, { masks, ages })
  }
  return spans
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

/** "a quarter point rise in interest rates", "half a percentage point": a fraction of a point of a rate. */
const POINT_FRACTION = /\b(?:(?:a|one)[\s-])?(?<frac>quarter|half|three[\s-]quarters)(?:[\s-]of)?(?:[\s-]an?)?[\s-](?<pct>percentage[\s-])?points?\b/gi
const FRACTIONS: Record<string, number> = { quarter: 0.25, half: 0.5, 'three quarters': 0.75 }
/** without "percentage", "half a point" is a rate's only where the sentence talks of rates ("won by half a point" is not) */
const RATE_WORDS = /\b(?:rates?|interest|yields?|inflation|basis|per\s?cent|percent)\b|%/i

function pointFractions(s: SentenceText): Figure[] {
  const found: Figure[] = []
  for (const m of allMatches(POINT_FRACTION, s.text)) {
    if (!m.groups!.pct && !RATE_WORDS.test(s.text)) continue
    const value = FRACTIONS[m.groups!.frac.toLowerCase().replace(/[\s-]+/g, ' ')]
    if (value === undefined) continue
    const raw: RawFigure = { start: m.index, end: m.index + m[0].length, kind: 'percent', unit: 'percentage point', word: true, second: null,
      first: { start: m.index, end: m.index + m[0].length, value, currency: null, hasScale: false, scaleText: '', numberText: m[0] } }
    found.push(toFigure(s, raw))
  }
  return found
}

/**
 * A bare number the article also writes as part of a name: "Boeing 707" makes a later "the 707 involved" the plane
 * too. Only numbers of three digits or more: "Stage 4" says nothing about "a safety factor of 4".
 */
function isNamedNumber(names: Set<string>, raw: RawFigure): boolean {
  return raw.kind === 'count' && !raw.second && !raw.first.hasScale && !raw.word && names.has(raw.first.numberText)
}
/** "500 people": a number before a plural noun counts it, whatever names the article holds ("Fortune 500"). */
function countsSomething(s: SentenceText, raw: RawFigure): boolean {
  const next = tokenAt(s.article.tokens, tokenIndexAt(s.article, s.start + raw.end))
  return next !== undefined && next.sentence === s.sentence && next.tags.has('Plural') && /^\s+$/.test(s.text.slice(raw.end, next.start - s.start))
}
const mayName = (raw: RawFigure) => raw.kind === 'count' && !raw.word && /^\d{3,}$/.test(raw.first.numberText)

export function extractFigures(article: ParsedArticle): Figure[] {
  const spans = dateSpans(article)
  const local = localCurrency(article)
  const figures: Figure[] = []
  const names = new Set<string>()
  for (const s of sentenceTexts(article)) {
    if (/\b(?:quarter|half)\b/i.test(s.text)) figures.push(...pointFractions(s))
    if (!MAY_HOLD_FIGURE.test(s.text)) continue
    const { masks: masked, ages } = spans.get(s.sentence) ?? { masks: [], ages: [] }
    let consumed = 0
    for (const m of allMatches(CORE_RE, s.text)) {
      if (m.index < consumed) continue
      const read = readFigure(s.text, m)
      if (!read) continue
      const raw = metresNotMillions(s, read, continuesMoney(s.text, read.start, figures, s.start) !== null)
      const start = s.start + raw.start
      const end = s.start + raw.end
      if (masked.some(([a, b]) => start < b && end > a)) continue
      if (isNotFigure(s, raw)) {
        if (mayName(raw) && isAfterName(s, start)) names.add(raw.first.numberText)
        continue
      }
      if (isNamedNumber(names, raw) && !countsSomething(s, raw)) continue
      const figure = toFigure(s, raw)
      figure.unit = localUnit(figure, local)
      const implied = impliedUnit(s.text, raw, figures, s.start)
      if (implied) Object.assign(figure, implied)
      // "aged 41", "Gray, 24,": the dates extractor knows an age when it sees one
      const age = figure.kind === 'count' && ages.find((a) => a.start <= start && end <= a.end)
      if (age) Object.assign(figure, { kind: 'duration', unit: age.unit })
      figures.push(figure)
      consumed = raw.end
    }
  }
  return figures.sort((a, b) => a.start - b.start)
}
